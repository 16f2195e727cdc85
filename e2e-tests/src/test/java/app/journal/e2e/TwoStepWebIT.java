package app.journal.e2e;

import static app.journal.e2e.JournalPages.assertSignedIn;
import static app.journal.e2e.JournalPages.signOut;
import static app.journal.e2e.JournalPages.submitSignIn;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.journal.adapter.persistence.testing.TestDatabase;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two-step verification in the browser (issue 15), against the packaged jar with accounts on: turning it
 * on by reading the key the page shows and computing the codes here ({@link Totp}); signing in with the
 * password and a code, with a recovery code, and "trust this browser" skipping the step until a password
 * change voids it; "confirm it's you" before a sensitive change, which then completes; turning it off.
 * axe-core scans the security page, the set-up, the second step and the dialog.
 */
class TwoStepWebIT {

    private static final Pattern SECOND_STEP = Pattern.compile("/login/second-step$");

    private static TestDatabase database;
    private static Mailbox mailbox;
    private static JournalApp app;
    private static Chromium chromium;
    private static AccountsApi api;
    private static String site;
    private static final Screenshots screenshots = new Screenshots("two-step");

    @BeforeAll
    static void startApplicationMailAndBrowser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        MailedJournal shared = MailedJournal.get();
        database = shared.database;
        mailbox = shared.mailbox;
        app = shared.app;
        site = shared.site;
        api = new AccountsApi(app.baseUrl());
        chromium = shared.chromium;
    }


    @Test
    void the_test_authenticator_computes_the_codes_of_rfc_6238() {
        // RFC 6238 appendix B, SHA-1 key "12345678901234567890": T = 59 s and 1111111109 s, last 6 digits.
        byte[] key = Totp.base32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        Assertions.assertThat(key).isEqualTo("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
        Assertions.assertThat(Totp.code(key, 59 / 30)).isEqualTo("287082");
        Assertions.assertThat(Totp.code(key, 1111111109L / 30)).isEqualTo("081804");
    }

    @Test
    void on_signing_in_in_two_steps_trusting_a_browser_confirming_and_off_again() throws IOException {
        Account account = Account.fresh("two-step");
        api.registerVerified(account.email(), account.password(), mailbox);
        try (BrowserContext context = newVisitor()) {
            Page page = context.newPage();
            JournalPages.signIn(page, site, account);

            // Turn on: "confirm it's you" first (the password only, two-step verification is off).
            openSecurityPage(page);
            assertThat(page.locator("#two-step-status")).containsText("off");
            Accessibility.assertNoSeriousViolations(page, "the security page");
            page.locator("#two-step-start").click();
            Locator dialog = page.locator("#confirm-dialog");
            assertThat(dialog).hasAttribute("opened", "");
            assertThat(page.locator("#confirm-code")).isHidden();
            Accessibility.assertNoSeriousViolations(page, "the confirm-it's-you dialog");
            screenshots.take(page, "01-confirm");
            page.locator("#confirm-password input").fill(account.password());
            page.locator("#confirm-submit").click();

            Locator secret = page.locator("#two-step-secret");
            assertThat(secret).isVisible();
            assertThat(page.locator("#two-step-qr svg")).isVisible();
            Accessibility.assertNoSeriousViolations(page, "the set-up of two-step verification");
            screenshots.take(page, "02-set-up");
            Totp authenticator = new Totp(secret.innerText());
            page.locator("#two-step-code input").fill(authenticator.wrongCode());
            page.locator("#two-step-enable").click();
            assertThat(page.locator("#two-step-code")).hasAttribute("invalid", "");
            page.locator("#two-step-code input").fill(authenticator.nextCode());
            page.locator("#two-step-enable").click();

            Locator codeItems = page.locator("#recovery-codes .recovery-code");
            assertThat(codeItems).hasCount(10);
            List<String> codes = codeItems.allInnerTexts().stream().map(String::strip).toList();
            Accessibility.assertNoSeriousViolations(page, "the recovery codes");
            screenshots.take(page, "03-recovery-codes");
            Download file = page.waitForDownload(() -> page.locator("#recovery-codes-download").click());
            Assertions.assertThat(file.suggestedFilename()).isEqualTo("journal-recovery-codes.txt");
            Assertions.assertThat(Files.readString(file.path(), StandardCharsets.UTF_8)).contains(codes);
            page.locator("#recovery-codes-saved").click();
            assertThat(page.locator("#two-step-status")).containsText("on since");
            assertThat(page.locator("#recovery-codes-left")).containsText("10 recovery codes left");
            BrowserTokens.assertOnlyInHttpOnlyCookie(page, "two-step verification turned on");

            // The password alone is not enough any more; the code, pasted with a space, is.
            signOut(page);
            submitSignIn(page, account);
            assertThat(page).hasURL(SECOND_STEP);
            assertThat(page.locator("#second-step-code input")).hasAttribute("autocomplete", "one-time-code");
            assertThat(page.locator("#second-step-code input")).hasAttribute("inputmode", "numeric");
            Accessibility.assertNoSeriousViolations(page, "the second sign-in step");
            screenshots.take(page, "04-second-step");
            BrowserTokens.assertNoRefreshCookie(page, "after the password alone");
            page.locator("#second-step-code input").fill(authenticator.wrongCode());
            page.locator("#second-step-submit").click();
            assertThat(page.locator("#second-step-error")).containsText("That code did not work.");
            String code = authenticator.nextCode();
            page.locator("#second-step-code input").fill(code.substring(0, 3) + " " + code.substring(3));
            page.locator("#second-step-submit").click();
            assertSignedIn(page, account);
            BrowserTokens.assertOnlyInHttpOnlyCookie(page, "signed in in two steps");

            // A recovery code instead (keyboard only: Enter submits).
            signOut(page);
            submitSignIn(page, account);
            assertThat(page).hasURL(SECOND_STEP);
            page.locator("#use-recovery-code").click();
            page.locator("#recovery-code input").fill(codes.get(0));
            page.locator("#recovery-code input").press("Enter");
            assertSignedIn(page, account);

            // "Trust this browser": the next sign-in skips the step.
            signOut(page);
            submitSignIn(page, account);
            assertThat(page).hasURL(SECOND_STEP);
            page.locator("#second-step-code input").fill(authenticator.nextCode());
            page.locator("#trust-browser input").check();
            page.locator("#second-step-submit").click();
            assertSignedIn(page, account);
            signOut(page);
            submitSignIn(page, account);
            assertSignedIn(page, account);

            // The devices page lists the trusted browser too; removing it there brings the step back.
            openDevicesPage(page);
            Locator trustedRow = page.locator("#devices-page .trusted-browser");
            assertThat(trustedRow).hasCount(1);
            assertThat(trustedRow).containsText("(this browser)");
            trustedRow.locator(".remove-trusted-browser").click();
            assertThat(page.locator("#devices-page #no-trusted-browsers")).isVisible();
            signOut(page);
            submitSignIn(page, account);
            assertThat(page).hasURL(SECOND_STEP);
            page.locator("#second-step-code input").fill(authenticator.nextCode());
            page.locator("#trust-browser input").check();
            page.locator("#second-step-submit").click();
            assertSignedIn(page, account);

            // A password change (confirm it's you: password and a recovery code) voids the trust.
            String newPassword = "Copper-lantern-" + Account.fresh("p").password();
            openAccountPage(page);
            page.locator("#current-password input").fill(account.password());
            page.locator("#new-password input").fill(newPassword);
            page.locator("#change-password").click();
            assertThat(dialog).hasAttribute("opened", "");
            assertThat(page.locator("#confirm-code")).isVisible();
            page.locator("#confirm-password input").fill(account.password());
            page.locator("#confirm-use-recovery").click();
            page.locator("#confirm-recovery-code input").fill(codes.get(1));
            page.locator("#confirm-submit").click();
            assertThat(page.locator("#password-section-message")).containsText("Your password is changed");
            Account changed = new Account(account.email(), newPassword);
            signOut(page);
            submitSignIn(page, changed);
            assertThat(page).hasURL(SECOND_STEP);
            page.locator("#second-step-code input").fill(authenticator.nextCode());
            page.locator("#second-step-submit").click();
            assertSignedIn(page, changed);

            // New recovery codes: a fresh session asks "confirm it's you" (password and code), then completes.
            openSecurityPage(page);
            page.locator("#recovery-codes-new").click();
            assertThat(dialog).hasAttribute("opened", "");
            page.locator("#confirm-password input").fill("Not-" + newPassword);
            page.locator("#confirm-code input").fill(authenticator.wrongCode());
            page.locator("#confirm-submit").click();
            // Refused, the dialog stays: the API may name the password or the code, not both.
            assertThat(page.locator("#confirm-password[invalid], #confirm-code[invalid]")).hasCount(1);
            assertThat(dialog).hasAttribute("opened", "");
            page.locator("#confirm-password input").fill(newPassword);
            page.locator("#confirm-use-recovery").click();
            page.locator("#confirm-recovery-code input").fill(codes.get(2));
            page.locator("#confirm-submit").click();
            assertThat(codeItems).hasCount(10);
            List<String> newCodes = codeItems.allInnerTexts().stream().map(String::strip).toList();
            Assertions.assertThat(newCodes).doesNotContainAnyElementsOf(codes);
            page.locator("#recovery-codes-saved").click();
            assertThat(page.locator("#recovery-codes-left")).containsText("10 recovery codes left");

            // Turn off (confirmed a moment ago): the password alone signs in again.
            page.locator("#two-step-disable").click();
            page.locator("#two-step-disable-confirm").click();
            assertThat(page.locator("#two-step-status")).containsText("off");
            signOut(page);
            submitSignIn(page, changed);
            assertSignedIn(page, changed);
        }
    }

    private static void openSecurityPage(Page page) {
        JournalPages.pickFromUserMenu(page, "menu-security");
        assertThat(page).hasURL(site + "/account/security");
        assertThat(page.locator("#security-page")).isVisible();
    }

    private static void openDevicesPage(Page page) {
        JournalPages.pickFromUserMenu(page, "menu-devices");
        assertThat(page).hasURL(site + "/account/devices");
    }

    private static void openAccountPage(Page page) {
        JournalPages.pickFromUserMenu(page, "menu-account");
        assertThat(page).hasURL(site + "/account");
        assertThat(page.locator("#account-page")).isVisible();
    }

    private static BrowserContext newVisitor() {
        BrowserContext context = chromium.newContext();
        context.setDefaultTimeout(20_000);
        return context;
    }
}
