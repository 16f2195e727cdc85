package app.journal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Writing in Markdown (issue 19), on the shared packaged jar: the preview follows the text while it is typed,
 * the saved card shows a heading, emphasis and a link with {@code rel="noopener noreferrer nofollow"}; a
 * script in the body is shown as text and does not run; a remote image is a link and is never requested.
 * axe-core scans the form with its preview, the card and the edit dialog.
 */
class MarkdownWebIT {

    private static final String TRACKER = "tracker.example";

    private static Mailbox mailbox;
    private static Chromium chromium;
    private static AccountsApi api;
    private static String site;
    private static final Screenshots screenshots = new Screenshots("markdown");

    @BeforeAll
    static void sharedApplicationMailAndBrowser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        MailedJournal shared = MailedJournal.get();
        mailbox = shared.mailbox;
        site = shared.site;
        api = new AccountsApi(shared.app.baseUrl());
        chromium = shared.chromium;
    }

    @Test
    void markdown_is_previewed_while_typing_and_shown_safely_once_saved() {
        Account account = Account.fresh("markdown");
        api.registerVerified(account.email(), account.password(), mailbox);
        try (BrowserContext context = chromium.newContext()) {
            context.setDefaultTimeout(20_000);
            List<String> phonedHome = new CopyOnWriteArrayList<>();
            context.onRequest(request -> {
                if (request.url().contains(TRACKER)) {
                    phonedHome.add(request.url());
                }
            });
            Page page = context.newPage();
            JournalPages.signIn(page, site, account);

            // The preview follows the text as typing pauses.
            String title = JournalPages.uniqueTitle("Markdown");
            page.locator("#entry-title input").fill(title);
            Locator body = page.locator("#entry-body textarea");
            Locator preview = page.locator("#entry-body-preview");
            assertThat(preview).isHidden();
            body.pressSequentially("# A good day", new Locator.PressSequentiallyOptions().setDelay(20));
            assertThat(preview.locator("h3")).hasText("A good day");
            body.fill("""
                    # A good day

                    Some *sun* and a [walk in the park](https://example.org/park).

                    <script>window.__pwned = 1</script>
                    <img src=x onerror="window.__pwned = 2">

                    ![a pixel](https://%s/p.png)
                    """.formatted(TRACKER));
            assertThat(preview.locator("em")).hasText("sun");
            assertThat(preview).containsText("<script>window.__pwned = 1</script>");
            Accessibility.assertNoSeriousViolations(page, "the new-entry form with its preview");
            screenshots.take(page, "01-preview");

            page.locator("#save-entry").click();
            Locator card = JournalPages.card(page, title);
            Locator text = card.locator(".entry-body");
            assertThat(text.locator("h4")).hasText("A good day");
            assertThat(text.locator("em")).hasText("sun");
            Locator walk = text.locator("a", new Locator.LocatorOptions().setHasText("walk in the park"));
            assertThat(walk).hasAttribute("href", "https://example.org/park");
            assertThat(walk).hasAttribute("rel", "noopener noreferrer nofollow");
            assertThat(text).containsText("<script>window.__pwned = 1</script>");
            assertThat(text).containsText("<img src=x onerror=\"window.__pwned = 2\">");
            assertThat(text.locator("script")).hasCount(0);
            assertThat(text.locator("img")).hasCount(0);
            Locator pixel = text.locator("a.image-link");
            assertThat(pixel).hasText("a pixel");
            assertThat(pixel).hasAttribute("href", "https://" + TRACKER + "/p.png");
            assertThat(preview).isHidden();
            Accessibility.assertNoSeriousViolations(page, "the journal with a Markdown entry");
            screenshots.take(page, "02-card");

            // The edit dialog previews the saved text at once.
            card.locator(".edit-entry").click();
            assertThat(page.locator("#edit-entry-body-preview h3")).hasText("A good day");
            assertThat(page.locator("[opening]")).hasCount(0); // faded in: axe judges the colours a person sees
            Accessibility.assertNoSeriousViolations(page, "the edit dialog with its preview");
            page.locator("#cancel-edit").click();

            page.reload();
            assertThat(JournalPages.card(page, title).locator(".entry-body h4")).hasText("A good day");
            Assertions.assertThat(page.evaluate("() => typeof window.__pwned")).isEqualTo("undefined");
            Assertions.assertThat(phonedHome).as("requests to the image's host").isEmpty();
        }
    }
}
