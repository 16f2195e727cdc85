package app.journal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.journal.adapter.persistence.testing.TestDatabase;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The legacy demo: a visitor opens the site, is signed in to the shared demo account without doing
 * anything, and keeps a journal. Runs the packaged jar against a fresh database.
 */
class DemoModeIT {

    private static TestDatabase database;
    private static JournalApp app;
    private static Chromium chromium;

    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void startApplicationAndBrowser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        database = TestDatabase.create("e2e_demo_mode");
        // Both account switches off, whatever the environment says: demo mode must work exactly as before.
        app = JournalApp.start("demo-mode", database,
                List.of("--journal.user-mgmt.enabled=false", "--journal.web.user-mgmt-enabled=false"), Map.of());
        chromium = Chromium.launch();
    }

    @AfterAll
    static void stopEverything() {
        Resources.closeInOrder(chromium, app, database);
    }

    @BeforeEach
    void newVisitor() {
        context = chromium.newContext();
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    @AfterEach
    void closeVisitor() {
        context.close();
    }

    @Test
    void a_demo_visitor_lands_on_the_journal_and_an_entry_survives_a_reload() {
        Screenshots screenshots = new Screenshots("demo");
        String title = uniqueTitle("Morning pages");

        openJournal();
        screenshots.take(page, "01-journal");

        page.locator("#entry-title input").fill(title);
        page.locator("#entry-body textarea").fill("Coffee first.\nThen the list for today.");
        page.locator("#save-entry").click();

        Locator card = card(title);
        assertThat(card).isVisible();
        assertThat(card.locator(".entry-body")).hasText("Coffee first.\nThen the list for today.");
        assertThat(page.locator(".entry-card").first().locator(".entry-title")).hasText(title);
        assertThat(page.locator("#entry-title input")).hasValue("");
        screenshots.take(page, "02-entry-saved");

        page.reload();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Journal").setLevel(1)))
                .isVisible();
        assertThat(card(title)).isVisible();
        screenshots.take(page, "03-after-reload");
    }

    @Test
    void a_demo_visitor_edits_an_entry_and_deletes_it_after_confirming() {
        Screenshots screenshots = new Screenshots("demo");
        String title = uniqueTitle("Draft");
        String changedTitle = uniqueTitle("Final");
        openJournal();
        page.locator("#entry-title input").fill(title);
        page.locator("#entry-body textarea").fill("First version.");
        page.locator("#save-entry").click();
        assertThat(card(title)).isVisible();

        card(title).locator(".edit-entry").click();
        Locator dialogTitle = page.locator("#edit-entry-title input");
        assertThat(dialogTitle).hasValue(title);
        dialogTitle.fill(changedTitle);
        page.locator("#edit-entry-body textarea").fill("Second version, better.");
        settleAnimations();
        screenshots.take(page, "04-edit-dialog");
        page.locator("#save-edit").click();

        assertThat(page.locator("#edit-entry-dialog")).hasCount(0);
        assertThat(card(changedTitle).locator(".entry-body")).hasText("Second version, better.");
        assertThat(card(changedTitle).locator(".entry-date")).containsText("edited");
        assertThat(card(title)).hasCount(0);
        screenshots.take(page, "05-entry-edited");

        card(changedTitle).locator(".delete-entry").click();
        Locator confirm = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete").setExact(true));
        assertThat(confirm).isVisible();
        settleAnimations();
        screenshots.take(page, "06-confirm-delete");
        confirm.click();

        assertThat(card(changedTitle)).hasCount(0);
        screenshots.take(page, "07-entry-deleted");
        page.reload();
        assertThat(page.locator("#entry-list")).isAttached();
        assertThat(card(changedTitle)).hasCount(0);
    }

    @Test
    void an_entry_without_a_title_is_refused_next_to_the_title_and_the_text_stays() {
        Screenshots screenshots = new Screenshots("demo");
        openJournal();
        page.locator("#entry-body textarea").fill("A thought worth keeping, even without a title.");

        page.locator("#save-entry").click();

        assertThat(page.locator("#entry-title")).hasAttribute("invalid", "");
        assertThat(page.locator("#entry-title [slot='error-message']")).not().isEmpty();
        assertThat(page.locator("#entry-body textarea")).hasValue("A thought worth keeping, even without a title.");
        screenshots.take(page, "08-title-missing");

        String title = uniqueTitle("Named after all");
        page.locator("#entry-title input").fill(title);
        assertThat(page.locator("#entry-title")).not().hasAttribute("invalid", "");
        page.locator("#save-entry").click();
        assertThat(card(title).locator(".entry-body")).hasText("A thought worth keeping, even without a title.");
    }

    @Test
    void older_entries_appear_after_load_more() {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        DemoApi api = DemoApi.signIn(app.baseUrl());
        int entries = 21; // one more than the first page holds, so the oldest is never on it
        for (int i = 1; i <= entries; i++) {
            api.writeEntry("Batch " + batch + " #" + i, "Entry number " + i + " of a batch.");
        }
        String oldest = "Batch " + batch + " #1";
        String newest = "Batch " + batch + " #" + entries;

        openJournal();

        assertThat(card(newest)).isVisible();
        assertThat(card(oldest)).hasCount(0);
        assertThat(page.locator("#load-more")).isVisible();

        page.locator("#load-more").click();

        assertThat(card(oldest)).isVisible();
        assertThat(card(newest)).hasCount(1);
        new Screenshots("demo").take(page, "10-after-load-more");
    }

    @Test
    void the_journal_fits_a_phone_screen() {
        try (BrowserContext phone = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setDeviceScaleFactor(2)
                .setIsMobile(true)
                .setHasTouch(true))) {
            page = phone.newPage();
            openJournal();

            assertThat(page.locator("#save-entry")).isVisible();
            Object overflows = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
            Assertions.assertThat(overflows).as("page wider than a phone screen").isEqualTo(false);
            new Screenshots("demo").take(page, "09-phone");
        }
    }

    private void openJournal() {
        page.navigate(app.baseUrl() + "/");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Journal").setLevel(1)))
                .isVisible();
        assertThat(page.locator("#demo-badge")).hasText("Demo mode");
        assertThat(page.locator("#demo-badge")).isVisible();
        assertThat(page).hasTitle("Journal");
        assertThat(page.locator("#entry-list")).isAttached();
    }

    /** Lets an opening dialog finish fading in, so that the screenshot shows it as a person sees it. */
    private void settleAnimations() {
        page.waitForTimeout(500);
    }

    private Locator card(String title) {
        // Playwright hands the pattern to JavaScript, which knows no \Q..\E quoting: escape by hand.
        String literal = title.replaceAll("[.*+?^${}()|\\[\\]\\\\/]", "\\\\$0");
        Pattern exactly = Pattern.compile("^\\s*" + literal + "\\s*$");
        return page.locator(".entry-card").filter(new Locator.FilterOptions()
                .setHas(page.locator(".entry-title", new Page.LocatorOptions().setHasText(exactly))));
    }

    private static String uniqueTitle(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
