package app.journal.e2e;

import static app.journal.e2e.JournalPages.ON_LOGIN;
import static app.journal.e2e.JournalPages.assertSignedIn;
import static app.journal.e2e.JournalPages.card;
import static app.journal.e2e.JournalPages.signOut;
import static app.journal.e2e.JournalPages.submitSignIn;
import static app.journal.e2e.JournalPages.uniqueTitle;
import static app.journal.e2e.JournalPages.writeEntry;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.journal.adapter.persistence.testing.TestDatabase;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The password and account lifecycle in the browser (issue 9), against the packaged jar with accounts on
 * and a real SMTP server the test reads: forgot, the mailed link, reset, and the other browser signed
 * out; changing the password; changing the address through the link mailed to the new one; exporting
 * every entry as a download; deleting the account, with every tab signed out and no sign-in afterwards.
 * axe-core scans each new page; no page script can read a token.
 */
class AccountLifecycleWebIT {

    private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern FILE_DATE = Pattern.compile("journal-export-\\d{4}-\\d{2}-\\d{2}\\.(json|zip)");

    private static TestDatabase database;
    private static Mailbox mailbox;
    private static JournalApp app;
    private static Chromium chromium;
    private static AccountsApi api;
    private static JournalTables tables;
    private static String site;
    private static final Screenshots screenshots = new Screenshots("lifecycle");

    @BeforeAll
    static void startApplicationMailAndBrowser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        MailedJournal shared = MailedJournal.get();
        database = shared.database;
        mailbox = shared.mailbox;
        app = shared.app;
        site = shared.site;
        api = new AccountsApi(app.baseUrl());
        tables = new JournalTables(database.dataSource());
        chromium = shared.chromium;
    }


    @Test
    void forgot_mail_reset_signs_every_browser_out_and_the_new_password_signs_in() {
        Account account = newAccount("reset");
        String newPassword = "Quiet-meadow-" + Account.fresh("x").password();
        try (BrowserContext other = newVisitor(); BrowserContext context = newVisitor()) {
            Page elsewhere = other.newPage();
            signIn(elsewhere, account);

            Page page = context.newPage();
            page.navigate(site + "/login");
            page.locator("#forgot-link").click();
            assertThat(page).hasURL(site + "/forgot");
            Accessibility.assertNoSeriousViolations(page, "the forgot-password page");
            String unknownAnswer = askForReset(page, "nobody-" + account.email());
            String answer = askForReset(page, account.email());
            Assertions.assertThat(answer).as("the answer for an account and for no account").isEqualTo(unknownAnswer);
            BrowserTokens.assertNoneIn(page, "asked for a reset link");
            screenshots.take(page, "01-forgot-sent");

            String link = awaitLink(account.email(), "/reset");
            page.navigate(link);
            assertThat(page).hasURL(site + "/reset"); // the one-time token left the address bar
            assertThat(page.locator("#password")).isVisible();
            Accessibility.assertNoSeriousViolations(page, "the reset page");
            page.locator("#password input").fill("password1234");
            page.locator("#reset-password").click();
            assertThat(page.locator("#password")).hasAttribute("invalid", "");
            page.locator("#password input").fill(newPassword);
            page.locator("#reset-password").click();
            assertResetSucceeded(page);
            BrowserTokens.assertNoRefreshCookie(page, "a reset signs nobody in");
            screenshots.take(page, "02-reset-done");

            // The link works once.
            page.navigate(link);
            page.locator("#password input").fill("Another-" + newPassword);
            page.locator("#reset-password").click();
            assertThat(page.locator("#reset-failed")).isVisible();
            assertThat(page.locator("#to-forgot")).isVisible();
            Accessibility.assertNoSeriousViolations(page, "a used reset link");

            // The browser that was signed in is not any more.
            elsewhere.reload();
            assertThat(elsewhere).hasURL(ON_LOGIN);
            BrowserTokens.assertNoRefreshCookie(elsewhere, "the other browser after the reset");

            page.navigate(site + "/login");
            submitSignIn(page, account);
            assertThat(page.locator("#login-error")).isVisible();
            submitSignIn(page, new Account(account.email(), newPassword));
            assertSignedIn(page, account);
            BrowserTokens.assertOnlyInHttpOnlyCookie(page, "signed in with the new password");
        }
    }

    /**
     * Waits for the reset page's outcome and, when it is not the success, says which one it was (the error the
     * page shows, or the used-link page) and what Journal logged last, so a failure on CI can be read.
     */
    private static void assertResetSucceeded(Page page) {
        Locator outcome = page.locator("#reset-success, #reset-failed, #reset-error:visible");
        assertThat(outcome.first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        if (!page.locator("#reset-success").isVisible()) {
            Assertions.fail("The reset did not succeed; the page shows: " + outcome.first().innerText()
                    + "\nJournal's log ends with:\n" + logTail(40));
        }
    }

    private static String logTail(int lines) {
        try {
            var all = Files.readAllLines(app.log(), StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException unreadable) {
            return "(the log could not be read: " + unreadable.getMessage() + ")";
        }
    }

    @Test
    void changing_the_password_keeps_this_browser_and_signs_the_other_out() {
        Account account = newAccount("change");
        String newPassword = "Amber-kettle-" + Account.fresh("y").password();
        try (BrowserContext other = newVisitor(); BrowserContext context = newVisitor()) {
            Page elsewhere = other.newPage();
            signIn(elsewhere, account);
            Page page = context.newPage();
            signIn(page, account);

            openAccountPage(page);
            Accessibility.assertNoSeriousViolations(page, "the account page");
            screenshots.take(page, "03-account");
            changePassword(page, "Not-" + account.password(), newPassword);
            assertThat(page.locator("#current-password")).hasAttribute("invalid", "");
            changePassword(page, account.password(), newPassword);
            assertThat(page.locator("#password-section-message")).containsText("1 other device was signed out");
            screenshots.take(page, "04-password-changed");

            page.navigate(site + "/");
            assertSignedIn(page, account);
            BrowserTokens.assertOnlyInHttpOnlyCookie(page, "this browser after changing the password");
            elsewhere.reload();
            assertThat(elsewhere).hasURL(ON_LOGIN);

            signOut(page);
            assertThat(page).hasURL(ON_LOGIN);
            submitSignIn(page, new Account(account.email(), newPassword));
            assertSignedIn(page, account);
        }
    }

    @Test
    void a_new_address_is_used_only_once_its_mailed_link_is_opened() {
        Account account = newAccount("move");
        Account moved = new Account("moved-" + account.email(), account.password());
        try (BrowserContext context = newVisitor()) {
            Page page = context.newPage();
            signIn(page, account);
            openAccountPage(page);
            page.locator("#email-current-password input").fill(account.password());
            page.locator("#new-email input").fill(moved.email());
            page.locator("#change-email").click();
            assertThat(page.locator("#email-section-message")).isVisible();

            page.navigate(site + "/");
            assertSignedIn(page, account);
            assertThat(page.locator("#user-menu .user-menu-email")).hasText(account.email()); // nothing changed yet

            String link = awaitLink(moved.email(), "/confirm-email");
            page.navigate(link);
            assertThat(page).hasURL(site + "/confirm-email"); // the one-time token left the address bar
            assertThat(page.locator("#confirm-email-success")).containsText(moved.email());
            Accessibility.assertNoSeriousViolations(page, "the confirm-email page");
            screenshots.take(page, "05-email-changed");
            // Still signed in, now under the new address.
            page.locator("#confirm-email-next").click();
            assertSignedIn(page, moved);
            assertThat(page.locator("#user-menu .user-menu-email")).hasText(moved.email());

            signOut(page);
            assertThat(page).hasURL(ON_LOGIN);
            submitSignIn(page, account);
            assertThat(page.locator("#login-error")).isVisible();
            submitSignIn(page, moved);
            assertSignedIn(page, moved);
        }
    }

    @Test
    void the_current_address_can_cancel_a_change_of_address_and_the_confirmation_link_then_fails() {
        Account account = newAccount("cancel");
        String elsewhere = "elsewhere-" + account.email();
        try (BrowserContext context = newVisitor()) {
            Page page = context.newPage();
            signIn(page, account);
            openAccountPage(page);
            page.locator("#email-current-password input").fill(account.password());
            page.locator("#new-email input").fill(elsewhere);
            page.locator("#change-email").click();
            assertThat(page.locator("#email-section-message")).isVisible();
            String confirm = awaitLink(elsewhere, "/confirm-email");

            page.navigate(awaitLink(account.email(), "/cancel-email-change"));
            assertThat(page).hasURL(site + "/cancel-email-change"); // the one-time token left the address bar
            assertThat(page.locator("#cancel-email-change-success")).containsText("keeps its address");
            Accessibility.assertNoSeriousViolations(page, "the cancel-email-change page");
            screenshots.take(page, "05b-email-change-cancelled");

            page.navigate(confirm);
            assertThat(page.locator("#confirm-email-failed")).isVisible();
            page.navigate(site + "/account/activity");
            assertThat(page.getByText("Change of email address cancelled")).isVisible();
            assertThat(page.locator("#user-menu .user-menu-email")).hasText(account.email());
        }
    }

    @Test
    void the_export_downloads_every_entry_as_json_and_as_markdown_files_in_a_zip() throws IOException {
        Account account = newAccount("export");
        try (BrowserContext context = newVisitor()) {
            Page page = context.newPage();
            signIn(page, account);
            String first = uniqueTitle("Export first");
            String second = uniqueTitle("Export second");
            writeEntry(page, first, "The first body, with \"quotes\".");
            assertThat(card(page, first)).isVisible();
            writeEntry(page, second, "The second body.");
            assertThat(card(page, second)).isVisible();
            openAccountPage(page);

            // The export needs "confirm it's you" (issue 15): asked before the download starts, which then does.
            Download json = page.waitForDownload(() -> {
                page.locator("#export-json").click();
                assertThat(page.locator("#confirm-dialog")).hasAttribute("opened", "");
                page.locator("#confirm-password input").fill(account.password());
                page.locator("#confirm-submit").click();
            });
            Assertions.assertThat(json.failure()).as("the JSON download's failure").isNull();
            Assertions.assertThat(json.suggestedFilename()).matches(FILE_DATE).endsWith(".json");
            String document = Files.readString(json.path(), StandardCharsets.UTF_8);
            Assertions.assertThat(document).contains("\"journal-export\"", account.email(), first, second,
                    "The first body, with \\\"quotes\\\".");
            Assertions.assertThat(document.indexOf(first)).as("oldest first").isLessThan(document.indexOf(second));

            Download markdown = page.waitForDownload(() -> page.locator("#export-markdown").click());
            Assertions.assertThat(markdown.failure()).as("the Markdown download's failure").isNull();
            Assertions.assertThat(markdown.suggestedFilename()).matches(FILE_DATE).endsWith(".zip");
            Map<String, String> files = unzip(markdown.path());
            Assertions.assertThat(files).hasSize(2);
            Assertions.assertThat(files.keySet()).allMatch(name -> name.endsWith(".md"));
            Assertions.assertThat(String.join("\n", files.values())).contains(first, second, "The second body.");
            BrowserTokens.assertOnlyInHttpOnlyCookie(page, "after the exports");
        }
    }

    @Test
    void deleting_the_account_signs_out_every_tab_and_signing_in_fails_afterwards() {
        Account account = newAccount("delete");
        try (BrowserContext context = newVisitor()) {
            Page page = context.newPage();
            signIn(page, account);
            String title = uniqueTitle("Deleted with the account");
            writeEntry(page, title, "Gone soon.");
            assertThat(card(page, title)).isVisible();
            Page otherTab = context.newPage();
            otherTab.navigate(site + "/");
            assertSignedIn(otherTab, account);

            page.bringToFront(); // back to the first tab (in a background tab the user menu closes as it opens)
            openAccountPage(page);
            page.locator("#open-delete-account").click();
            Locator dialog = page.locator("#delete-account-dialog");
            assertThat(dialog).hasAttribute("opened", "");
            assertThat(page.locator("#delete-account")).isDisabled();
            Accessibility.assertNoSeriousViolations(page, "the delete-account dialog");
            screenshots.take(page, "06-delete-dialog");

            page.locator("#delete-current-password input").fill("Not-" + account.password());
            page.locator("#delete-confirm input").check();
            assertThat(page.locator("#delete-account")).isEnabled();
            page.locator("#delete-account").click();
            assertThat(page.locator("#delete-current-password")).hasAttribute("invalid", "");
            assertThat(dialog).hasAttribute("opened", "");
            Assertions.assertThat(tables.entriesTitled(title)).as("entries after a refused deletion").isEqualTo(1);

            page.locator("#delete-current-password input").fill(account.password());
            page.locator("#delete-account").click();
            assertThat(page).hasURL(ON_LOGIN);
            assertThat(page.locator("#sign-in-notice")).containsText("deleted");
            BrowserTokens.assertNoRefreshCookie(page, "the account was deleted");
            screenshots.take(page, "07-deleted");
            // The other tab follows without being touched.
            assertThat(otherTab).hasURL(ON_LOGIN);
            Assertions.assertThat(tables.entriesTitled(title)).as("entries of the deleted account").isZero();

            submitSignIn(page, account);
            assertThat(page.locator("#login-error")).isVisible();
            assertThat(page).hasURL(ON_LOGIN);
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private static String askForReset(Page page, String email) {
        page.locator("#email input").fill(email);
        page.locator("#send-reset").click();
        Locator done = page.locator("#forgot-done");
        assertThat(done).isVisible();
        assertThat(done).not().isEmpty();
        String text = done.innerText();
        page.locator("#email input").fill("");
        return text;
    }

    private static void changePassword(Page page, String current, String next) {
        page.locator("#current-password input").fill(current);
        page.locator("#new-password input").fill(next);
        page.locator("#change-password").click();
    }

    private static void openAccountPage(Page page) {
        JournalPages.pickFromUserMenu(page, "menu-account");
        assertThat(page).hasURL(site + "/account");
        assertThat(page.locator("#account-page")).isVisible();
    }

    /** The newest link to {@code site + path + "?token="} in a mail to {@code recipient}, waiting for one. */
    private static String awaitLink(String recipient, String path) {
        Pattern link = Pattern.compile(Pattern.quote(site + path) + "\\?token=[A-Za-z0-9._~%-]+");
        Instant deadline = Instant.now().plus(MAIL_TIMEOUT);
        while (true) {
            Optional<String> found = mailbox.mailTo(recipient).reversed().stream()
                    .map(mail -> link.matcher(mail.text()))
                    .filter(Matcher::find)
                    .map(Matcher::group)
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No mail to " + recipient + " with a " + path + "?token= link within "
                        + MAIL_TIMEOUT.toSeconds() + " s; its mail: "
                        + mailbox.mailTo(recipient).stream().map(Mailbox.Mail::subject).toList());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
        }
    }

    private static Map<String, String> unzip(Path zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                files.put(entry.getName(), new String(entries.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static BrowserContext newVisitor() {
        BrowserContext context = chromium.newContext();
        context.setDefaultTimeout(20_000);
        return context;
    }

    private static Account newAccount(String name) {
        Account account = Account.fresh(name);
        api.registerVerified(account.email(), account.password(), mailbox);
        return account;
    }

    private static void signIn(Page page, Account account) {
        JournalPages.signIn(page, site, account);
        BrowserTokens.assertOnlyInHttpOnlyCookie(page, "signing in");
    }
}
