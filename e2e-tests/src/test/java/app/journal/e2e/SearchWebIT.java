package app.journal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.journal.adapter.persistence.testing.TestDatabase;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 in the browser, on the shared jar: the search language set from the browser's language, results as one
 * types with the matches marked, the query in the address (reload and Back keep it), a date range from the address,
 * and "On this day" (an entry moved a year back in the database, the API cannot backdate). axe on the journal
 * with results.
 */
class SearchWebIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static TestDatabase database;
    private static Mailbox mailbox;
    private static Chromium chromium;
    private static AccountsApi api;
    private static String site;

    @BeforeAll
    static void shared() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        MailedJournal shared = MailedJournal.get();
        database = shared.database;
        mailbox = shared.mailbox;
        site = shared.site;
        api = new AccountsApi(shared.app.baseUrl());
        chromium = shared.chromium;
    }

    @Test
    void searching_as_one_types_through_the_address_and_back_in_time() throws SQLException {
        Account account = Account.fresh("search");
        api.registerVerified(account.email(), account.password(), mailbox);
        try (BrowserContext context = chromium.newContext(new Browser.NewContextOptions()
                .setLocale("en-GB").setTimezoneId(BERLIN.getId()))) {
            context.setDefaultTimeout(20_000);
            Page page = context.newPage();
            JournalPages.signIn(page, site, account);
            JournalPages.writeEntry(page, "Lighthouse walk", "We walked to the old lighthouse at dawn.");
            assertThat(JournalPages.card(page, "Lighthouse walk")).isVisible();
            JournalPages.writeEntry(page, "Market day", "Bought bread and coffee.");
            assertThat(JournalPages.card(page, "Market day")).isVisible();
            JournalPages.writeEntry(page, "Old memory", "The keepers of lighthouses kept journals too.");
            assertThat(JournalPages.card(page, "Old memory")).isVisible();
            LocalDate lastYear = LocalDate.now(BERLIN).minusYears(1);
            backdate(account.email(), "Old memory", lastYear);

            // The first visit chose the search language from the browser's (en-GB: english).
            page.navigate(site + "/account");
            assertThat(page.locator("#search-language")).containsText("english");

            // Results as one types, best first, the unfinished word matched as a prefix and marked.
            page.navigate(site + "/");
            page.locator("#on-this-day").click();
            assertThat(page.locator("#on-this-day-list")).containsText("Old memory");
            page.locator("#journal-search input").pressSequentially("lighth");
            assertThat(page).hasURL(Pattern.compile("\\?q=lighth$"));
            assertThat(page.locator("#search-results .search-hit")).hasCount(2);
            assertThat(page.locator("#search-results mark").first()).hasText(Pattern.compile("lighthouse", Pattern.CASE_INSENSITIVE));
            assertThat(page.locator("#search-results")).not().containsText("Market day");
            Accessibility.assertNoSeriousViolations(page, "the journal with search results");

            // Another search, then Back: the earlier query and its results again; a reload keeps them.
            page.locator("#journal-search input").fill("bread");
            assertThat(page).hasURL(Pattern.compile("\\?q=bread$"));
            assertThat(page.locator("#search-results .search-hit")).hasCount(1);
            assertThat(page.locator("#search-results mark")).hasText("bread");
            page.goBack();
            assertThat(page).hasURL(Pattern.compile("\\?q=lighth$"));
            assertThat(page.locator("#journal-search input")).hasValue("lighth");
            assertThat(page.locator("#search-results .search-hit")).hasCount(2);
            page.reload();
            assertThat(page.locator("#journal-search input")).hasValue("lighth");
            assertThat(page.locator("#search-results .search-hit")).hasCount(2);

            // A date range in the address: only last year's entry, its date in the browser's zone.
            page.navigate(site + "/?from=" + lastYear + "&to=" + lastYear);
            assertThat(page.locator("#entry-list .entry-card")).hasCount(1);
            assertThat(page.locator("#entry-list")).containsText("Old memory");
            assertThat(page.locator("#entry-count")).hasText("1 entry");
            Accessibility.assertNoSeriousViolations(page, "the journal filtered by dates");
        }
    }

    /** Moves the entry to noon of {@code day} in Berlin: the API writes entries now, never in the past. */
    private static void backdate(String email, String title, LocalDate day) throws SQLException {
        try (var connection = database.dataSource().getConnection();
                var update = connection.prepareStatement("UPDATE journal_entries SET created_at = ?, updated_at = ?"
                        + " WHERE title = ? AND owner_id = (SELECT id FROM users WHERE email = ?)")) {
            var at = Timestamp.from(day.atTime(12, 0).atZone(BERLIN).toInstant());
            update.setTimestamp(1, at);
            update.setTimestamp(2, at);
            update.setString(3, title);
            update.setString(4, email);
            if (update.executeUpdate() != 1) {
                throw new AssertionError("no entry " + title + " of " + email);
            }
        }
    }
}
