package app.journal.e2e;

import static app.journal.e2e.JournalPages.ON_LOGIN;
import static app.journal.e2e.JournalPages.assertSignedIn;
import static app.journal.e2e.JournalPages.submitSignIn;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The administrators' area in the browser (issue 17), on the shared mailed Journal whose configuration names
 * {@link MailedJournal#ADMIN_EMAIL} as the first administrator: that account registers, verifies, turns on
 * two-step verification (administrators need a second factor) and is an administrator from its sign-in on. It
 * finds another account, sees its devices and activity, disables it (whose open browser lands on {@code /login}
 * saying so), enables it, resets its second factor and deletes it; the audit log shows each action and gives
 * them as CSV. A person who is no administrator sees "This area is for administrators". axe-core scans every
 * administrators' page.
 */
class AdminWebIT {

    private static final Pattern TWO_STEP_PAGE = Pattern.compile("/login/second-step$");

    private static Mailbox mailbox;
    private static Chromium chromium;
    private static AccountsApi api;
    private static String site;
    private static final Screenshots screenshots = new Screenshots("admin");

    @BeforeAll
    static void startApplicationMailAndBrowser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        MailedJournal shared = MailedJournal.get();
        mailbox = shared.mailbox;
        site = shared.site;
        api = new AccountsApi(shared.app.baseUrl());
        chromium = shared.chromium;
    }

    @Test
    void an_administrator_finds_an_account_disables_enables_resets_and_deletes_it_and_the_audit_log_shows_it()
            throws IOException {
        Account admin = new Account(MailedJournal.ADMIN_EMAIL, Account.fresh("first-admin").password());
        api.registerVerified(admin.email(), admin.password(), mailbox);
        Account bob = Account.fresh("admin-target");
        api.registerVerified(bob.email(), bob.password(), mailbox);

        try (BrowserContext adminBrowser = newVisitor(); BrowserContext bobBrowser = newVisitor()) {
            Page page = adminBrowser.newPage();
            JournalPages.signIn(page, site, admin);
            Totp adminCodes = turnOnTwoStep(page, admin);

            // Bob signs in (a device to see), turns on two-step too (a second factor to reset), and is no administrator.
            Page bobPage = bobBrowser.newPage();
            JournalPages.signIn(bobPage, site, bob);
            turnOnTwoStep(bobPage, bob);
            bobPage.locator("#user-menu vaadin-menu-bar-button").first().click();
            assertThat(bobPage.locator("#menu-activity")).isVisible();
            assertThat(bobPage.locator("#menu-admin")).not().isVisible();
            bobPage.keyboard().press("Escape");
            bobPage.navigate(site + "/admin/users");
            assertThat(bobPage.locator("#admin-only")).containsText("This area is for administrators");
            Accessibility.assertNoSeriousViolations(bobPage, "the administrators-only page");
            bobPage.navigate(site + "/");
            assertSignedIn(bobPage, bob);

            // The administrator finds Bob.
            openMenuItem(page, "#menu-admin");
            assertThat(page).hasURL(site + "/admin/users");
            assertThat(page.locator("#admin-users")).isVisible();
            Accessibility.assertNoSeriousViolations(page, "the accounts table");
            page.locator("#admin-search input").fill(bob.email().substring(0, 16));
            Locator bobLink = page.locator("#admin-users .admin-user-link", new Page.LocatorOptions().setHasText(bob.email()));
            assertThat(bobLink).hasCount(1);
            assertThat(page.locator("#admin-users-count")).containsText("1 account");
            screenshots.take(page, "01-accounts");
            bobLink.click();
            assertThat(page).hasURL(Pattern.compile("/admin/users/[0-9a-f-]{36}$"));
            assertThat(page.locator("#admin-account")).containsText(bob.email());
            assertThat(page.locator("#admin-factors")).containsText("On");
            assertThat(page.locator("#admin-devices .admin-device")).hasCount(1);
            assertThat(page.locator("#admin-activity")).containsText("Two-step verification turned on");
            Assertions.assertThat(page.locator("#admin-user-page").innerText())
                    .as("no journal content on an administrator's page").doesNotContain("entry-list");
            Accessibility.assertNoSeriousViolations(page, "one account");
            screenshots.take(page, "02-account");

            // Disable, with a reason: Bob's open browser lands on /login saying so.
            page.locator("#admin-disable").click();
            assertThat(page.locator("#admin-disable-dialog")).hasAttribute("opened", "");
            Accessibility.assertNoSeriousViolations(page, "the disable dialog");
            page.locator("#admin-disable-confirm").click();
            assertThat(page.locator("#admin-disable-reason")).hasAttribute("invalid", "");
            page.locator("#admin-disable-reason textarea").fill("Asked by the owner: phone lost");
            page.locator("#admin-disable-confirm").click();
            confirmIfAsked(page, admin, adminCodes, outcome(page, "was disabled"));
            assertThat(page.locator("#admin-account")).containsText("Disabled");
            // No reload, no click: Bob's tab comes back into view and the page asks whether its session holds
            // (the same check runs every journal.web.session-check-interval while the page is open).
            bobPage.evaluate("document.dispatchEvent(new Event('visibilitychange'))");
            assertThat(bobPage).hasURL(ON_LOGIN);
            assertThat(bobPage.locator("#login-email")).isVisible();
            screenshots.take(bobPage, "03-disabled-person");
            assertThat(bobPage.locator("#account-disabled")).containsText("disabled by an administrator");
            assertThat(page.locator("#admin-disabled")).containsText("Asked by the owner: phone lost");
            assertThat(page.locator("#admin-disabled")).containsText(MailedJournal.ADMIN_EMAIL);

            // Enable: Bob signs in again and reads what happened on his own activity page.
            page.locator("#admin-enable").click();
            confirmIfAsked(page, admin, adminCodes, outcome(page, "can sign in again"));

            // Reset the second factor: Bob's next sign-in needs only the password.
            page.locator("#admin-reset-second-factor").click();
            assertThat(page.locator("#admin-confirm-dialog")).hasAttribute("opened", "");
            page.locator("#admin-confirm").click();
            confirmIfAsked(page, admin, adminCodes, outcome(page, "second factor of " + bob.email() + " was reset"));
            assertThat(page.locator("#admin-factors")).containsText("Off");
            bobPage.navigate(site + "/login");
            submitSignIn(bobPage, bob);
            assertThat(bobPage).not().hasURL(TWO_STEP_PAGE);
            assertSignedIn(bobPage, bob);
            bobPage.navigate(site + "/account/activity");
            assertThat(bobPage.locator("#activity-table")).containsText("An administrator disabled your account");
            assertThat(bobPage.locator("#activity-table")).containsText("An administrator enabled your account again");
            assertThat(bobPage.locator("#activity-table")).containsText("An administrator reset your second factor");

            // Delete: the address typed again.
            page.reload();
            page.locator("#admin-delete").click();
            assertThat(page.locator("#admin-delete-confirm")).isDisabled();
            Accessibility.assertNoSeriousViolations(page, "the delete dialog");
            page.locator("#admin-delete-email input").fill(bob.email());
            page.locator("#admin-delete-confirm").click();
            confirmIfAsked(page, admin, adminCodes, page.locator("#admin-users-page"));
            assertThat(page).hasURL(site + "/admin/users");
            page.locator("#admin-search input").fill(bob.email());
            assertThat(page.locator("#admin-users-count")).containsText("0 accounts");

            // The audit log: the bootstrap by configuration and every action on Bob, also as CSV.
            page.locator(".admin-links a", new Page.LocatorOptions().setHasText("Audit log")).click();
            assertThat(page).hasURL(site + "/admin/audit");
            Locator log = page.locator("#audit-log");
            assertThat(log).containsText("configuration");
            page.locator("#audit-target input").fill(bob.email());
            assertThat(log).containsText("Disabled the account");
            assertThat(log).containsText("Asked by the owner: phone lost");
            assertThat(log).containsText("Enabled the account");
            assertThat(log).containsText("Reset the second factor");
            assertThat(log).containsText("Deleted the account");
            Accessibility.assertNoSeriousViolations(page, "the audit log");
            screenshots.take(page, "04-audit");
            Download csv = page.waitForDownload(() -> page.locator("#audit-csv").click());
            String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
            Assertions.assertThat(text).contains(bob.email()).contains("Asked by the owner: phone lost");
        }
    }

    /** Security page: confirm it's you (the password), read the key, enter a code, keep the recovery codes. */
    private static Totp turnOnTwoStep(Page page, Account account) {
        openMenuItem(page, "#menu-security");
        assertThat(page.locator("#security-page")).isVisible();
        page.locator("#two-step-start").click();
        assertThat(page.locator("#confirm-dialog")).hasAttribute("opened", "");
        page.locator("#confirm-password input").fill(account.password());
        page.locator("#confirm-submit").click();
        Locator secret = page.locator("#two-step-secret");
        assertThat(secret).isVisible();
        Totp codes = new Totp(secret.innerText());
        page.locator("#two-step-code input").fill(codes.nextCode());
        page.locator("#two-step-enable").click();
        assertThat(page.locator("#recovery-codes .recovery-code")).hasCount(10);
        page.locator("#recovery-codes-saved").click();
        assertThat(page.locator("#two-step-status")).containsText("on since");
        return codes;
    }

    /**
     * An action needs "confirm it's you" once the last confirmation is older than the API allows: then the
     * dialog asks for the password and a code, and the action carries on. Waits for the one or the other.
     */
    private static void confirmIfAsked(Page page, Account admin, Totp codes, Locator done) {
        Locator dialog = page.locator("#confirm-dialog[opened]");
        done.or(dialog).or(page.locator("#admin-user-page-problem:visible")).first().waitFor();
        if (dialog.count() > 0) {
            page.locator("#confirm-password input").fill(admin.password());
            page.locator("#confirm-code input").fill(codes.nextCode());
            page.locator("#confirm-submit").click();
        }
        assertThat(done).isVisible();
    }

    /** The outcome line of the account page saying {@code text}. */
    private static Locator outcome(Page page, String text) {
        return page.locator("#admin-outcome", new Page.LocatorOptions().setHasText(text));
    }

    private static void openMenuItem(Page page, String id) {
        JournalPages.pickFromUserMenu(page, id.substring(1));
    }

    private static BrowserContext newVisitor() {
        BrowserContext context = chromium.newContext();
        context.setDefaultTimeout(20_000);
        return context;
    }
}
