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
import app.journal.e2e.JournalTables.SessionRow;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Cookie;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Accounts in the browser (issue 4, with the refresh token in an HttpOnly cookie since issue 7): the
 * packaged jar with user management switched on in the API and in the UI, a real SMTP server the test
 * reads and a short access-token lifetime. Every step also checks that page script can read no token,
 * and that the refresh token is in its HttpOnly cookie exactly while someone is signed in.
 */
class AccountsWebIT {

    /** Short enough to wait out in a test; {@code clock-skew=0s} makes the API refuse it right after. */
    private static final Duration ACCESS_TTL = Duration.ofSeconds(5);

    private static TestDatabase database;
    private static Mailbox mailbox;
    private static JournalApp app;
    private static Chromium chromium;
    private static AccountsApi api;
    private static JournalTables tables;
    /** Where the browser goes: the public base URL, the host the mailed links point at. */
    private static String site;

    @BeforeAll
    static void startApplicationMailAndBrowser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        database = TestDatabase.create("e2e_accounts");
        mailbox = Mailbox.start();
        TestTokenKeys keys = TestTokenKeys.generate();
        app = JournalApp.start("accounts", database, port -> {
            List<String> args = new ArrayList<>(AccountsArguments.of("http://localhost:" + port, mailbox, keys));
            args.add("--journal.tokens.access-ttl=" + ACCESS_TTL.toSeconds() + "s");
            args.add("--journal.tokens.clock-skew=0s");
            return args;
        }, Map.of());
        site = "http://localhost:" + app.port();
        api = new AccountsApi(app.baseUrl());
        tables = new JournalTables(database.dataSource());
        chromium = Chromium.launch();
    }

    @AfterAll
    static void stopEverything() {
        Resources.closeInOrder(chromium, app, mailbox, database);
    }

    @Test
    void a_visitor_registers_follows_the_mailed_link_signs_in_and_writes_an_entry() {
        Screenshots screenshots = new Screenshots("accounts");
        Account account = Account.fresh("ada");
        try (BrowserContext context = newVisitor()) {
            Page page = context.newPage();

            page.navigate(site + "/");
            assertThat(page).hasURL(ON_LOGIN);
            assertThat(page.locator("#login-email")).isVisible();
            BrowserTokens.assertNoneIn(page, "an anonymous visit to the journal");
            screenshots.take(page, "01-sign-in");
            Accessibility.assertNoSeriousViolations(page, "the sign-in page");

            page.locator("#to-register").click();
            assertThat(page).hasURL(site + "/register");
            assertThat(page.locator("#register-email")).isVisible();
            BrowserTokens.assertNoneIn(page, "the register page");
            screenshots.take(page, "02-register");
            Accessibility.assertNoSeriousViolations(page, "the register page");

            page.locator("#register-email input").fill(account.email());
            page.locator("#register-password input").fill("password1234");
            page.locator("#register-submit").click();
            assertThat(page.locator("#register-password")).hasAttribute("invalid", "");
            assertThat(page.locator("#register-password [slot='error-message']")).not().isEmpty();
            assertThat(page).hasURL(site + "/register");
            BrowserTokens.assertNoneIn(page, "a refused weak password");
            screenshots.take(page, "03-register-weak-password");

            page.locator("#register-password input").fill(account.password());
            page.locator("#register-submit").click();
            assertThat(page).hasURL(site + "/check-mail");
            assertThat(page.locator("#check-mail")).containsText("Check your mail");
            BrowserTokens.assertNoneIn(page, "check your mail");
            screenshots.take(page, "04-check-mail");

            URI link = mailbox.awaitVerificationLink(account.email(), Duration.ofSeconds(30));
            Assertions.assertThat(link.toString()).startsWith(site + "/verify?token=");
            page.navigate(link.toString());
            assertThat(page.locator("#verify-success")).isVisible();
            assertThat(page).hasURL(site + "/verify"); // the one-time token left the address bar
            BrowserTokens.assertNoneIn(page, "the verification link");
            screenshots.take(page, "05-verified");

            page.locator("#to-login").click();
            assertThat(page).hasURL(ON_LOGIN);
            String sessionCookieBefore = sessionCookie(context);
            submitSignIn(page, account);
            assertSignedIn(page, account);
            Assertions.assertThat(sessionCookie(context)).as("the HTTP session id after signing in (no fixation)")
                    .isNotEqualTo(sessionCookieBefore);
            assertThat(page.locator("#demo-badge")).not().isVisible();
            BrowserTokens.assertOnlyInHttpOnlyCookie(page, "signing in");
            screenshots.take(page, "06-journal");
            Accessibility.assertNoSeriousViolations(page, "the journal");

            String title = uniqueTitle("First page");
            writeEntry(page, title, "Signed up, confirmed, and writing.");
            assertThat(card(page, title)).isVisible();
            Assertions.assertThat(tables.entriesTitled(title)).isEqualTo(1);
            BrowserTokens.assertOnlyInHttpOnlyCookie(page, "writing an entry");
            screenshots.take(page, "07-entry-saved");
        }
    }

    @Test
    void a_used_or_broken_verification_link_says_so_on_the_page() {
        Screenshots screenshots = new Screenshots("accounts");
        Account account = newAccount("twice");
        URI usedLink = mailbox.awaitVerificationLink(account.email(), Duration.ofSeconds(5));
        try (BrowserContext context = newVisitor()) {
            Page page = context.newPage();

            page.navigate(usedLink.toString());
            assertThat(page.locator("#verify-failed")).isVisible();
            assertThat(page.locator("#verify-failed")).not().isEmpty();
            BrowserTokens.assertNoneIn(page, "a used verification link");
            screenshots.take(page, "08-verify-link-used");

            page.navigate(site + "/verify?token=not-a-token");
            assertThat(page.locator("#verify-failed")).isVisible();
            BrowserTokens.assertNoneIn(page, "a broken verification link");
            screenshots.take(page, "09-verify-link-invalid");
        }
    }

    @Test
    void after_the_access_token_expired_the_next_entry_is_saved_and_the_session_rotated() {
        Account account = newAccount("later");
        try (BrowserContext context = newVisitor()) {
            Page page = context.newPage();
            signIn(page, account);
            SessionRow before = tables.onlyActiveSession(account.email());
            String cookieBefore = BrowserTokens.refreshCookie(context).orElseThrow().value;

            page.waitForTimeout(ACCESS_TTL.plusMillis(1_500).toMillis());
            String title = uniqueTitle("After a pause");
            writeEntry(page, title, "Written after the access token ran out.");

            assertThat(card(page, title)).isVisible();
            Assertions.assertThat(tables.entriesTitled(title)).isEqualTo(1);
            SessionRow after = tables.session(before.id());
            Assertions.assertThat(after.revokedAt()).as("the session is still open").isNull();
            Assertions.assertThat(after.refreshId()).as("refresh_id after the silent refresh")
                    .isNotEqualTo(before.refreshId());
            BrowserTokens.assertOnlyInHttpOnlyCookie(page, "a silent refresh");
            Assertions.assertThat(BrowserTokens.refreshCookie(context).orElseThrow().value)
                    .as("the refresh cookie after the silent refresh: the rotated token reached the browser")
                    .isNotEqualTo(cookieBefore);
            new Screenshots("accounts").take(page, "10-after-silent-refresh");
        }
    }

    @Test
    void after_signing_out_the_refresh_cookie_is_gone_and_the_token_it_held_is_refused() {
        Account account = newAccount("leave");
        try (BrowserContext context = newVisitor()) {
            Page page = context.newPage();
            signIn(page, account);
            SessionRow held = tables.onlyActiveSession(account.email());
            // The very token the browser held (the server keeps none since M4.T1).
            String heldRefreshToken = BrowserTokens.refreshCookie(context).orElseThrow().value;

            signOut(page);

            assertThat(page).hasURL(ON_LOGIN);
            assertThat(page.locator("#login-email")).isVisible();
            BrowserTokens.assertNoRefreshCookie(page, "signing out");
            new Screenshots("accounts").take(page, "11-signed-out");
            SessionRow ended = tables.session(held.id());
            Assertions.assertThat(ended.refreshId()).as("the session did not rotate between reading it and signing out")
                    .isEqualTo(held.refreshId());
            Assertions.assertThat(ended.revokedAt()).as("revoked_at").isNotNull();
            Assertions.assertThat(ended.revokeReason()).as("revoke_reason").isEqualTo("logout");
            HttpResponse<String> refused = api.refresh(heldRefreshToken);
            Assertions.assertThat(refused.statusCode()).as("POST /api/auth/refresh with the token the browser held: "
                    + refused.body()).isEqualTo(401);

            // The control: the same call with the token of a session that is still open is accepted, so
            // the 401 above is about the ended session, not about how the test asks.
            AccountsApi.TokenPair open = api.logIn(account.email(), account.password());
            HttpResponse<String> accepted = api.refresh(open.refreshToken());
            Assertions.assertThat(accepted.statusCode()).as("refresh of an open session: " + accepted.body())
                    .isEqualTo(200);

            page.navigate(site + "/");
            assertThat(page).hasURL(ON_LOGIN);
        }
    }

    @Test
    void signing_out_in_one_tab_sends_the_other_tab_to_the_login_page_without_a_click() {
        Account account = newAccount("tabs");
        try (BrowserContext context = newVisitor()) {
            Page first = context.newPage();
            Page second = context.newPage();
            signIn(first, account);
            second.navigate(site + "/");
            assertSignedIn(second, account);

            // The person goes back to the first tab (in a background tab the user menu closes as it opens).
            first.bringToFront();
            signOut(first);

            assertThat(first).hasURL(ON_LOGIN);
            assertThat(second).hasURL(ON_LOGIN);
            assertThat(second.locator("#login-email")).isVisible();
            BrowserTokens.assertNoRefreshCookie(first, "signing out in the first tab");
            BrowserTokens.assertNoRefreshCookie(second, "the second tab after signing out in the first");
            new Screenshots("accounts").take(second, "12-other-tab-signed-out");
        }
    }

    @Test
    void signing_in_in_one_tab_takes_the_other_tab_from_the_login_page_to_the_journal() {
        Account account = newAccount("both");
        try (BrowserContext context = newVisitor()) {
            Page first = context.newPage();
            Page second = context.newPage();
            first.navigate(site + "/login");
            second.navigate(site + "/login");
            assertThat(second.locator("#login-email")).isVisible();
            assertThat(first.locator("#login-email")).isVisible();

            submitSignIn(first, account);

            assertSignedIn(first, account);
            assertSignedIn(second, account);
            BrowserTokens.assertOnlyInHttpOnlyCookie(first, "signing in in the first tab");
            BrowserTokens.assertOnlyInHttpOnlyCookie(second, "the second tab after signing in in the first");
            new Screenshots("accounts").take(second, "13-other-tab-signed-in");
        }
    }

    @Test
    void when_the_session_is_ended_elsewhere_the_writer_signs_in_again_and_gets_the_unsaved_entry_back() {
        Screenshots screenshots = new Screenshots("accounts");
        Account account = newAccount("draft");
        try (BrowserContext context = newVisitor()) {
            Page page = context.newPage();
            signIn(page, account);
            SessionRow browserSession = tables.onlyActiveSession(account.email());
            AccountsApi.TokenPair elsewhere = api.logIn(account.email(), account.password());
            Assertions.assertThat(api.revokeSession(elsewhere.accessToken(), browserSession.id()))
                    .as("DELETE /api/sessions/{id} from another device").isEqualTo(204);

            String title = uniqueTitle("Unsent letter");
            String body = "Dear future me,\nthis must not get lost.";
            page.locator("#entry-title input").fill(title);
            page.locator("#entry-body textarea").fill(body);
            page.locator("#save-entry").click();

            assertThat(page).hasURL(ON_LOGIN);
            // Revoked from another device (issue 8): the sign-in page says so, not merely "your session has ended".
            assertThat(page.locator("#signed-out-elsewhere")).isVisible();
            assertThat(page.locator("#signed-out-elsewhere")).containsText("You were signed out from another device");
            // The refused cookie was cleared: no refresh loop, nothing to restore from.
            BrowserTokens.assertNoRefreshCookie(page, "the session ended elsewhere");
            screenshots.take(page, "14-session-ended");
            Accessibility.assertNoSeriousViolations(page, "the sign-in page after the session ended");
            Assertions.assertThat(tables.entriesTitled(title)).as("entries saved while signed out").isZero();

            submitSignIn(page, account);

            assertSignedIn(page, account);
            assertThat(page.locator("#entry-title input")).hasValue(title);
            assertThat(page.locator("#entry-body textarea")).hasValue(body);
            assertThat(page.getByText(Pattern.compile("not (been )?saved", Pattern.CASE_INSENSITIVE)).first()).isVisible();
            BrowserTokens.assertOnlyInHttpOnlyCookie(page, "signing in again");
            settleAnimations(page);
            screenshots.take(page, "15-draft-restored");

            page.locator("#save-entry").click();
            assertThat(card(page, title)).isVisible();
            Assertions.assertThat(tables.entriesTitled(title)).isEqualTo(1);
        }
    }

    @Test
    void when_the_session_runs_out_the_next_action_lands_on_the_sign_in_page_saying_the_session_has_ended() {
        Account account = newAccount("expired");
        try (BrowserContext context = newVisitor()) {
            Page page = context.newPage();
            signIn(page, account);
            SessionRow session = tables.onlyActiveSession(account.email());
            tables.expireSession(session.id());
            // Past the access token too, so that the next call needs the refresh the expired session refuses.
            page.waitForTimeout(ACCESS_TTL.plusMillis(1_500).toMillis());

            String title = uniqueTitle("After the session ran out");
            writeEntry(page, title, "Not saved: the session is over.");

            assertThat(page).hasURL(ON_LOGIN);
            assertThat(page.locator("#session-ended")).isVisible();
            assertThat(page.locator("#session-ended")).containsText("Your session has ended");
            assertThat(page.locator("#signed-out-elsewhere")).not().isVisible();
            BrowserTokens.assertNoRefreshCookie(page, "the session ran out");
            Assertions.assertThat(tables.entriesTitled(title)).as("entries saved after the session ran out").isZero();
            new Screenshots("accounts").take(page, "18-session-ran-out");
        }
    }

    @Test
    void sign_in_returns_to_the_journal_but_never_to_another_site() {
        Account account = newAccount("next");
        try (BrowserContext context = newVisitor()) {
            Page page = context.newPage();

            page.navigate(site + "/login?next=//evil.example.org/phish");
            submitSignIn(page, account);

            assertSignedIn(page, account);
            Assertions.assertThat(page.url()).as("where signing in led").startsWith(site + "/");
            signOut(page);
            assertThat(page).hasURL(ON_LOGIN);

            page.navigate(site + "/login?next=https://evil.example.org/phish");
            submitSignIn(page, account);

            assertSignedIn(page, account);
            Assertions.assertThat(page.url()).as("where signing in led").startsWith(site + "/");
        }
    }

    @Test
    void signing_in_and_writing_fit_a_phone_screen() {
        Account account = newAccount("phone");
        try (BrowserContext phone = chromium.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setDeviceScaleFactor(2)
                .setIsMobile(true)
                .setHasTouch(true))) {
            phone.setDefaultTimeout(20_000);
            Page page = phone.newPage();
            Screenshots screenshots = new Screenshots("accounts");

            page.navigate(site + "/login");
            assertThat(page.locator("#login-submit")).isVisible();
            assertFitsWidth(page, "the sign-in page");
            screenshots.take(page, "16-phone-sign-in");

            submitSignIn(page, account);
            assertSignedIn(page, account);
            assertThat(page.locator("#save-entry")).isVisible();
            assertFitsWidth(page, "the journal");
            screenshots.take(page, "17-phone-journal");
        }
    }

    @Test
    void the_token_check_notices_a_token_in_storage_in_a_cookie_in_an_attribute_and_in_a_shadow_root() {
        // A check that cannot fail proves nothing: plant a JWT-shaped string where tokens must never be.
        String fake = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ0ZXN0In0.";
        try (BrowserContext context = newVisitor()) {
            Page page = context.newPage();
            page.navigate(site + "/login");
            assertThat(page.locator("#login-email")).isVisible();
            BrowserTokens.assertNoneIn(page, "the clean sign-in page");

            page.evaluate("t => sessionStorage.setItem('planted', t)", fake);
            Assertions.assertThatThrownBy(() -> BrowserTokens.assertNoneIn(page, "planted in sessionStorage"))
                    .hasMessageContaining("sessionStorage").hasMessageContaining("\"alg\":\"none\"");
            page.evaluate("() => sessionStorage.clear()");

            context.addCookies(List.of(new Cookie("planted", fake)
                    .setUrl(site).setHttpOnly(true)));
            Assertions.assertThatThrownBy(() -> BrowserTokens.assertNoneIn(page, "planted in an HttpOnly cookie"))
                    .hasMessageContaining("cookies");
            context.clearCookies();

            // A refresh cookie that script can read is no exemption.
            page.evaluate("([name, t]) => { document.cookie = name + '=' + t + '; Secure; Path=/; SameSite=Strict'; }",
                    List.of(BrowserTokens.REFRESH_COOKIE, fake));
            Assertions.assertThat(BrowserTokens.refreshCookie(context)).as("the planted refresh cookie").isPresent();
            Assertions.assertThatThrownBy(() -> BrowserTokens.assertNoneIn(page, "planted in a readable refresh cookie"))
                    .hasMessageContaining("document.cookie");
            context.clearCookies();
            Assertions.assertThatThrownBy(() -> BrowserTokens.assertOnlyInHttpOnlyCookie(page, "no refresh cookie at all"))
                    .hasMessageContaining("exactly one " + BrowserTokens.REFRESH_COOKIE);

            page.evaluate("t => document.body.setAttribute('data-planted', t)", fake);
            Assertions.assertThatThrownBy(() -> BrowserTokens.assertNoneIn(page, "planted in an attribute"))
                    .hasMessageContaining("page.content()");
            page.evaluate("() => document.body.removeAttribute('data-planted')");

            page.evaluate("t => { const host = document.createElement('div'); document.body.appendChild(host);"
                    + " host.attachShadow({mode: 'open'}).innerHTML = '<span>' + t + '</span>'; }", fake);
            Assertions.assertThatThrownBy(() -> BrowserTokens.assertNoneIn(page, "planted in a shadow root"))
                    .hasMessageContaining("shadow roots");
        }
    }

    private static void assertFitsWidth(Page page, String what) {
        Object overflows = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        Assertions.assertThat(overflows).as(what + " is wider than a phone screen").isEqualTo(false);
    }

    private static String sessionCookie(BrowserContext context) {
        return context.cookies(site).stream()
                .filter(cookie -> cookie.name.equals("JSESSIONID"))
                .map(cookie -> cookie.value)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No JSESSIONID cookie for " + site));
    }

    /** Lets a notification finish fading in, so that the screenshot shows it as a person sees it. */
    private static void settleAnimations(Page page) {
        page.waitForTimeout(500);
    }

    private static BrowserContext newVisitor() {
        BrowserContext context = chromium.newContext();
        context.setDefaultTimeout(20_000);
        return context;
    }

    /** A verified account made through the API, so that a test can start at signing in. */
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
