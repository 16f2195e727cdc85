package app.journal.e2e;

import static app.journal.e2e.JournalPages.assertOnLoginPage;
import static app.journal.e2e.JournalPages.assertSignedIn;
import static app.journal.e2e.JournalPages.signOut;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.time.Duration;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Passkeys in the browser (issue 16), against the packaged jar with accounts on. Chromium's virtual
 * authenticator (DevTools protocol {@code WebAuthn.*} through Playwright's {@link CDPSession}: CTAP2, internal
 * transport, resident keys, user verification, presence simulated) stands in for a fingerprint: add a passkey
 * after "confirm it's you", rename it, sign out, sign in with the button and no password, the autofill request
 * (conditional mediation), user verification failing, "confirm it's you" with the passkey, removing it (and
 * the mail), and a second browser without the credential that cannot sign in with it. axe-core scans the
 * sign-in page with the button, the security page with the passkeys and the dialogs.
 */
class PasskeyWebIT {

    private static Mailbox mailbox;
    private static Chromium chromium;
    private static AccountsApi api;
    private static String site;
    private static final Screenshots screenshots = new Screenshots("passkeys");

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
    void a_passkey_is_added_renamed_signs_in_without_a_password_confirms_and_is_removed() {
        Account account = Account.fresh("passkey");
        api.registerVerified(account.email(), account.password(), mailbox);
        try (BrowserContext context = newVisitor()) {
            Page page = context.newPage();
            Authenticator authenticator = Authenticator.attach(context, page);
            JournalPages.signIn(page, site, account);

            // Add: the API wants "confirm it's you" first (the password: the account has no passkey yet).
            openSecurityPage(page);
            Locator section = page.locator("#passkeys");
            assertThat(section.locator("#no-passkeys")).isVisible();
            assertThat(page.locator("#add-passkey")).isVisible();
            Accessibility.assertNoSeriousViolations(page, "the security page with its passkeys");
            page.locator("#add-passkey").click();
            Locator dialog = page.locator("#confirm-dialog");
            assertThat(dialog).hasAttribute("opened", "");
            assertThat(page.locator("#confirm-with-passkey")).not().isVisible();
            page.locator("#confirm-password input").fill(account.password());
            page.locator("#confirm-submit").click();
            // The browser's prompt may only run inside a click (Safari): a second press creates the passkey.
            assertThat(page.locator("#passkeys-message")).containsText("press \"Add a passkey\" again");
            page.locator("#add-passkey").click();
            Locator rows = section.locator(".passkey");
            assertThat(rows).hasCount(1);
            assertThat(page.locator("#passkeys-message")).containsText("Passkey added");
            assertThat(rows.first().locator(".passkey-badge")).hasText("This device only");
            assertThat(rows.first().locator(".passkey-when")).containsText("Never used");
            Assertions.assertThat(authenticator.credentialCount()).isEqualTo(1);
            mailbox.awaitMail(account.email(), "A passkey was added", 1, Duration.ofSeconds(20));
            Accessibility.assertNoSeriousViolations(page, "the security page with a passkey");
            screenshots.take(page, "01-added");

            // Rename it.
            rows.first().locator(".rename-passkey").click();
            Locator rename = page.locator("#rename-passkey-dialog");
            assertThat(rename).hasAttribute("opened", "");
            Accessibility.assertNoSeriousViolations(page, "the rename dialog");
            page.locator("#passkey-name-field input").fill("Test laptop");
            page.locator("#rename-passkey-save").click();
            assertThat(rows.first().locator(".passkey-name")).hasText("Test laptop");

            // The button, in a browser that offers no autofill for passkeys (see withoutAutofill): no
            // address, no password, and no second step.
            withoutAutofill(page, true);
            signOut(page);
            assertOnLoginPage(page);
            assertThat(page.locator("main.auth-page[data-passkeys=modal]")).isAttached();
            assertThat(page.locator("#passkey-sign-in")).isVisible();
            Accessibility.assertNoSeriousViolations(page, "the sign-in page with the passkey button");
            screenshots.take(page, "02-sign-in");
            page.locator("#passkey-sign-in").click();
            assertSignedIn(page, account);
            BrowserTokens.assertOnlyInHttpOnlyCookie(page, "signed in with a passkey");

            // The list says it was used.
            openSecurityPage(page);
            assertThat(rows.first().locator(".passkey-when")).containsText("Last used");

            // User verification failing: refused, said so, nothing lost (the password still signs in).
            signOut(page);
            assertOnLoginPage(page);
            authenticator.userVerified(false);
            page.locator("#passkey-sign-in").click();
            assertThat(page.locator("#passkey-error")).isVisible();
            assertThat(page.locator("#passkey-error")).containsText("not signed in");
            assertOnLoginPage(page);
            BrowserTokens.assertNoRefreshCookie(page, "after a failed user verification");
            screenshots.take(page, "03-not-verified");
            authenticator.userVerified(true);

            // Autofill (conditional mediation): the email field says "username webauthn", and the page makes a
            // conditional request as it opens. Headless Chromium draws no autofill list to pick the passkey
            // from; its virtual authenticator (presence simulated) answers a conditional request as if the
            // person had picked the passkey there. So this proves the request is made with the page's
            // options and that its answer signs in, without a click and without a password; the list itself
            // is the browser's part.
            withoutAutofill(page, false);
            page.navigate(site + "/login");
            assertSignedIn(page, account);
            Assertions.assertThat((Boolean) page.evaluate("PublicKeyCredential.isConditionalMediationAvailable()"))
                    .isTrue();
            BrowserTokens.assertOnlyInHttpOnlyCookie(page, "signed in through autofill");
            withoutAutofill(page, true);
            signOut(page);
            assertOnLoginPage(page);
            assertThat(page.locator("#login-email input")).hasAttribute("autocomplete", "username webauthn");
            page.locator("#passkey-sign-in").click();
            assertSignedIn(page, account);

            // Remove it: a fresh sign-in is not confirmed, and the passkey confirms it's you.
            openSecurityPage(page);
            rows.first().locator(".remove-passkey").click();
            assertThat(page.locator("#remove-passkey-dialog")).hasAttribute("opened", "");
            Accessibility.assertNoSeriousViolations(page, "the remove dialog");
            page.locator("#remove-passkey-confirm").click();
            assertThat(dialog).hasAttribute("opened", "");
            assertThat(page.locator("#confirm-with-passkey")).isVisible();
            Accessibility.assertNoSeriousViolations(page, "confirm it's you with a passkey");
            screenshots.take(page, "04-confirm-with-passkey");
            page.locator("#confirm-with-passkey").click();
            assertThat(dialog).not().isAttached();
            assertThat(section.locator("#no-passkeys")).isVisible();
            assertThat(page.locator("#passkeys-message")).containsText("is removed");
            mailbox.awaitMail(account.email(), "A passkey was removed", 1, Duration.ofSeconds(20));

            // The passkey is still on the device, but the account no longer knows it.
            signOut(page);
            assertOnLoginPage(page);
            page.locator("#passkey-sign-in").click();
            assertThat(page.locator("#passkey-error")).containsText("did not work");
            assertOnLoginPage(page);
        }
    }

    @Test
    void a_browser_without_the_passkey_cannot_sign_in_with_it() {
        Account account = Account.fresh("passkey-elsewhere");
        api.registerVerified(account.email(), account.password(), mailbox);
        try (BrowserContext owner = newVisitor(); BrowserContext stranger = newVisitor()) {
            Page page = owner.newPage();
            Authenticator.attach(owner, page);
            JournalPages.signIn(page, site, account);
            openSecurityPage(page);
            page.locator("#add-passkey").click();
            page.locator("#confirm-password input").fill(account.password());
            page.locator("#confirm-submit").click();
            assertThat(page.locator("#passkeys-message")).containsText("press \"Add a passkey\" again");
            page.locator("#add-passkey").click();
            assertThat(page.locator("#passkeys .passkey")).hasCount(1);

            // Another browser with an authenticator of its own, which does not hold the passkey.
            Page other = stranger.newPage();
            Authenticator elsewhere = Authenticator.attach(stranger, other);
            other.navigate(site + "/login");
            assertThat(other.locator("#passkey-sign-in")).isVisible();
            other.locator("#passkey-sign-in").click();
            assertThat(other.locator("#passkey-error")).isVisible();
            assertOnLoginPage(other);
            BrowserTokens.assertNoRefreshCookie(other, "a browser without the passkey");
            Assertions.assertThat(elsewhere.credentialCount()).isZero();
        }
    }

    @Test
    void a_browser_without_passkey_support_sees_no_passkey_button_and_signs_in_with_its_password() {
        Account account = Account.fresh("no-passkeys");
        api.registerVerified(account.email(), account.password(), mailbox);
        try (BrowserContext context = newVisitor()) {
            // As in a browser from before WebAuthn level 3: no JSON helpers.
            context.addInitScript("delete PublicKeyCredential.parseRequestOptionsFromJSON;"
                    + "delete PublicKeyCredential.parseCreationOptionsFromJSON;");
            Page page = context.newPage();
            page.navigate(site + "/login");
            // The page asked the browser and heard "no" (the attribute is set once the answer is in).
            assertThat(page.locator("main.auth-page[data-passkeys=none]")).isAttached();
            assertThat(page.locator("#passkey-sign-in")).isHidden();
            JournalPages.submitSignIn(page, account);
            assertSignedIn(page, account);
            openSecurityPage(page);
            assertThat(page.locator("#passkeys-unsupported")).isVisible();
            assertThat(page.locator("#add-passkey")).isHidden();
        }
    }

    /**
     * Makes the pages of this browser say they cannot autofill passkeys ({@code isConditionalMediationAvailable()}
     * false, as in a browser without conditional mediation), or stops doing so. Needed because the virtual
     * authenticator answers a conditional request at once: with autofill on, every visit to {@code /login}
     * would sign in by itself and the button could not be tried. Asked each time the sign-in page opens.
     */
    private static void withoutAutofill(Page page, boolean without) {
        page.evaluate(without ? "localStorage.setItem('journal-test-no-autofill', '1')"
                : "localStorage.removeItem('journal-test-no-autofill')");
    }

    private static final String NO_AUTOFILL_SWITCH = """
            if (window.PublicKeyCredential && PublicKeyCredential.isConditionalMediationAvailable) {
              const asked = PublicKeyCredential.isConditionalMediationAvailable.bind(PublicKeyCredential);
              PublicKeyCredential.isConditionalMediationAvailable = () =>
                  localStorage.getItem('journal-test-no-autofill') ? Promise.resolve(false) : asked();
            }
            """;

    /** Chromium's virtual authenticator for one page, as a platform authenticator with a fingerprint would be. */
    private record Authenticator(CDPSession cdp, String id) {

        static Authenticator attach(BrowserContext context, Page page) {
            CDPSession cdp = context.newCDPSession(page);
            cdp.send("WebAuthn.enable");
            JsonObject options = new JsonObject();
            options.addProperty("protocol", "ctap2");
            options.addProperty("transport", "internal");
            options.addProperty("hasResidentKey", true);
            options.addProperty("hasUserVerification", true);
            options.addProperty("isUserVerified", true);
            options.addProperty("automaticPresenceSimulation", true);
            JsonObject args = new JsonObject();
            args.add("options", options);
            String id = cdp.send("WebAuthn.addVirtualAuthenticator", args).get("authenticatorId").getAsString();
            return new Authenticator(cdp, id);
        }

        void userVerified(boolean verified) {
            JsonObject args = new JsonObject();
            args.addProperty("authenticatorId", id);
            args.addProperty("isUserVerified", verified);
            cdp.send("WebAuthn.setUserVerified", args);
        }

        int credentialCount() {
            JsonObject args = new JsonObject();
            args.addProperty("authenticatorId", id);
            return cdp.send("WebAuthn.getCredentials", args).getAsJsonArray("credentials").size();
        }
    }

    private static void openSecurityPage(Page page) {
        JournalPages.pickFromUserMenu(page, "menu-security");
        assertThat(page).hasURL(site + "/account/security");
        assertThat(page.locator("#security-page")).isVisible();
    }

    private static BrowserContext newVisitor() {
        BrowserContext context = chromium.newContext();
        context.addInitScript(NO_AUTOFILL_SWITCH);
        context.setDefaultTimeout(20_000);
        return context;
    }
}
