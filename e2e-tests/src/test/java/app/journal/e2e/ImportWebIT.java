package app.journal.e2e;

import static app.journal.e2e.JournalPages.card;
import static app.journal.e2e.JournalPages.uniqueTitle;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bringing a journal in from the account page (issue 19), against the shared packaged jar: a Journal export
 * file is uploaded, the preview says how many entries will be added, the import brings them in and they are
 * in the journal; the same file again is all duplicates; a malformed file is refused with the API's words.
 * axe-core scans the page with the preview and with the refusal.
 */
class ImportWebIT {

    private static MailedJournal shared;
    private static AccountsApi api;

    @BeforeAll
    static void sharedApplication() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        shared = MailedJournal.get();
        api = new AccountsApi(shared.app.baseUrl());
    }

    @Test
    void an_export_file_is_previewed_imported_and_shown_and_a_malformed_one_is_refused() {
        Account account = Account.fresh("import");
        api.registerVerified(account.email(), account.password(), shared.mailbox);
        String first = uniqueTitle("Imported first");
        String second = uniqueTitle("Imported second");
        String export = "{\"format\":\"journal-export\",\"version\":1,\"exportedAt\":\"2026-12-01T10:00:00Z\","
                + "\"account\":{\"email\":\"someone@example.com\"},\"entries\":["
                + "{\"id\":\"7d1c7f40-5b7a-4c1e-9a53-2f0e5c6a1b01\",\"title\":\"" + first + "\",\"body\":\"From "
                + "another server.\",\"createdAt\":\"2026-11-01T08:00:00Z\",\"updatedAt\":\"2026-11-02T08:00:00Z\"},"
                + "{\"id\":\"7d1c7f40-5b7a-4c1e-9a53-2f0e5c6a1b02\",\"title\":\"" + second + "\",\"body\":\"Second.\","
                + "\"createdAt\":\"2026-11-03T08:00:00Z\",\"updatedAt\":\"2026-11-03T08:00:00Z\"}]}";
        try (BrowserContext context = shared.chromium.newContext()) {
            context.setDefaultTimeout(20_000);
            Page page = context.newPage();
            JournalPages.signIn(page, shared.site, account);
            page.navigate(shared.site + "/account");

            upload(page, "journal-export.json", export);
            assertThat(page.locator("#import-preview")).containsText("2 entries will be added, 0 duplicates skipped");
            Accessibility.assertNoSeriousViolations(page, "the account page with an import preview");
            page.locator("#import-confirm").click();
            assertThat(page.locator("#import-result")).containsText("2 entries imported");

            upload(page, "journal-export.json", export);
            assertThat(page.locator("#import-preview")).containsText("0 entries will be added, 2 duplicates skipped");
            assertThat(page.locator("#import-confirm")).isHidden();

            upload(page, "broken.json", export.substring(0, export.length() / 2));
            assertThat(page.locator("#import-section-message")).containsText("cannot be imported");
            assertThat(page.locator("#import-section-message")).containsText("not valid JSON");
            Accessibility.assertNoSeriousViolations(page, "the account page with a refused import");

            page.navigate(shared.site + "/");
            assertThat(card(page, first)).isVisible();
            assertThat(card(page, second)).isVisible();
        }
    }

    private static void upload(Page page, String name, String content) {
        page.locator("#import-upload input[type=file]").setInputFiles(new FilePayload(name, "application/json",
                content.getBytes(StandardCharsets.UTF_8)));
    }
}
