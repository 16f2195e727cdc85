package app.journal.e2e;

import static app.journal.e2e.JournalPages.assertOnLoginPage;
import static app.journal.e2e.JournalPages.assertSignedIn;
import static app.journal.e2e.JournalPages.card;
import static app.journal.e2e.JournalPages.submitSignIn;
import static app.journal.e2e.JournalPages.submitSignInKeepingMeSignedIn;
import static app.journal.e2e.JournalPages.uniqueTitle;
import static app.journal.e2e.JournalPages.writeEntry;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.journal.adapter.persistence.testing.TestDatabase;
import app.journal.e2e.JournalTables.SessionRow;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A sign-in that outlives the server and the browser (issue 7, M4.T1): the refresh token lives in the
 * browser's HttpOnly cookie, so a restart of the application (same port, database and keys) or a new
 * browser window after the browser was closed restores the sign-in with one refresh, when the person
 * asked to be kept signed in. Every step also checks that page script can read no token while the
 * HttpOnly refresh cookie is there.
 */
class KeepSignedInIT {

    /** {@code journal.sessions.browser-session-lifetime}'s default: the server side of "not kept". */
    private static final Duration BROWSER_SESSION_LIFETIME = Duration.ofHours(12);

    private static TestDatabase database;
    private static Mailbox mailbox;
    private static JournalApp app;
    private static Chromium chromium;
    private static AccountsApi api;
    private static JournalTables tables;
    private static String site;

    @BeforeAll
    static void startApplicationMailAndBrowser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        database = TestDatabase.create("e2e_keep_signed_in");
        mailbox = Mailbox.start();
        // Configured keys, as in production with several nodes: a restart must not bring new ones.
        TestTokenKeys keys = TestTokenKeys.generate();
        app = JournalApp.start("keep-signed-in", database,
                port -> AccountsArguments.of("http://localhost:" + port, mailbox, keys), Map.of());
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
    void a_kept_sign_in_survives_a_restart_of_the_app_on_the_same_page_and_rotates_its_one_session() {
        Screenshots screenshots = new Screenshots("keep-signed-in");
        Account account = newAccount("restart");
        try (BrowserContext context = newVisitor()) {
            Page page = context.newPage();
            page.navigate(site + "/login");
            submitSignInKeepingMeSignedIn(page, account);
            assertSignedIn(page, account);
            BrowserTokens.assertOnlyInHttpOnlyCookie(page, "signing in, kept signed in");
            String title = uniqueTitle("Before the restart");
            writeEntry(page, title, "Written before the server went away.");
            assertThat(card(page, title)).isVisible();
            BrowserTokens.assertOnlyInHttpOnlyCookie(page, "writing an entry");
            screenshots.take(page, "01-before-restart");
            String where = page.url();
            SessionRow before = tables.onlyActiveSession(account.email());
            Cookie cookieBefore = BrowserTokens.refreshCookie(context).orElseThrow();

            app.restart();
            page.reload();

            assertSignedIn(page, account);
            assertThat(page).hasURL(where);
            assertThat(card(page, title)).isVisible();
            BrowserTokens.assertOnlyInHttpOnlyCookie(page, "reloading after the restart");
            screenshots.take(page, "02-after-restart");
            Assertions.assertThat(tables.allSessions(account.email())).as("the account's sessions after the restart")
                    .extracting(SessionRow::id).containsExactly(before.id());
            SessionRow after = tables.session(before.id());
            Assertions.assertThat(after.revokedAt()).as("revoked_at after the restart").isNull();
            Assertions.assertThat(after.refreshId()).as("refresh_id: restoring the sign-in rotated the session")
                    .isNotEqualTo(before.refreshId());
            Cookie cookieAfter = BrowserTokens.refreshCookie(context).orElseThrow();
            Assertions.assertThat(cookieAfter.value).as("the refresh cookie was re-set with the rotated token")
                    .isNotEqualTo(cookieBefore.value);
            assertLastsAsLongAsTheSession(cookieAfter, after, "the rotated refresh cookie");

            String next = uniqueTitle("After the restart");
            writeEntry(page, next, "And the next action works.");
            assertThat(card(page, next)).isVisible();
            Assertions.assertThat(tables.entriesTitled(next)).isEqualTo(1);
            BrowserTokens.assertOnlyInHttpOnlyCookie(page, "writing after the restart");
        }
    }

    @Test
    void a_new_browser_window_is_signed_out_unless_the_person_asked_to_be_kept_signed_in() {
        Screenshots screenshots = new Screenshots("keep-signed-in");
        Account notKept = newAccount("window");
        try (BrowserContext browser = newVisitor()) {
            Page page = browser.newPage();
            page.navigate(site + "/login");
            submitSignIn(page, notKept);
            assertSignedIn(page, notKept);
            BrowserTokens.assertOnlyInHttpOnlyCookie(page, "signing in, not kept signed in");
            Cookie refresh = BrowserTokens.refreshCookie(browser).orElseThrow();
            Assertions.assertThat(refresh.expires).as("expiry of " + BrowserTokens.attributes(refresh)
                    + ": a browser-session cookie (-1)").isLessThanOrEqualTo(0);
            SessionRow session = tables.onlyActiveSession(notKept.email());
            Assertions.assertThat(Duration.between(session.createdAt(), session.expiresAt()))
                    .as("absolute lifetime of a session that is not kept").isLessThanOrEqualTo(BROWSER_SESSION_LIFETIME);

            try (BrowserContext reopened = reopen(browser)) {
                Page again = reopened.newPage();
                again.navigate(site + "/");
                assertOnLoginPage(again);
                BrowserTokens.assertNoRefreshCookie(again, "a new window after closing the browser, not kept");
                screenshots.take(again, "03-new-window-not-kept");
            }
            Assertions.assertThat(tables.session(session.id()).refreshId()).as("nothing refreshed the session")
                    .isEqualTo(session.refreshId());
        }

        Account kept = newAccount("kept");
        try (BrowserContext browser = newVisitor()) {
            Page page = browser.newPage();
            page.navigate(site + "/login");
            submitSignInKeepingMeSignedIn(page, kept);
            assertSignedIn(page, kept);
            BrowserTokens.assertOnlyInHttpOnlyCookie(page, "signing in, kept signed in");
            String where = page.url();
            SessionRow before = tables.onlyActiveSession(kept.email());
            assertLastsAsLongAsTheSession(BrowserTokens.refreshCookie(browser).orElseThrow(), before,
                    "the refresh cookie when kept signed in");
            Assertions.assertThat(Duration.between(before.createdAt(), before.expiresAt()))
                    .as("absolute lifetime of a kept session").isGreaterThan(BROWSER_SESSION_LIFETIME);

            try (BrowserContext reopened = reopen(browser)) {
                Page again = reopened.newPage();
                again.navigate(where);
                assertSignedIn(again, kept);
                assertThat(again).hasURL(where);
                BrowserTokens.assertOnlyInHttpOnlyCookie(again, "a new window after closing the browser, kept");
                screenshots.take(again, "04-new-window-kept");
            }
            Assertions.assertThat(tables.allSessions(kept.email())).as("the account's sessions after the new window")
                    .extracting(SessionRow::id).containsExactly(before.id());
            Assertions.assertThat(tables.session(before.id()).refreshId())
                    .as("refresh_id: the new window restored the sign-in with one refresh")
                    .isNotEqualTo(before.refreshId());
        }
    }

    @Test
    void carrying_over_only_persistent_cookies_keeps_a_persistent_cookie_and_drops_a_session_cookie() {
        // The reopen() procedure must be able to fail both ways: prove it on cookies the test sets itself.
        try (BrowserContext browser = newVisitor()) {
            browser.addCookies(List.of(
                    new Cookie("kept", "1").setUrl(site).setExpires(Instant.now().plus(Duration.ofDays(1)).getEpochSecond()),
                    new Cookie("not-kept", "1").setUrl(site)));
            try (BrowserContext reopened = reopen(browser)) {
                Assertions.assertThat(reopened.cookies()).extracting(cookie -> cookie.name).containsExactly("kept");
            }
        }
    }

    /**
     * A new window after the browser was closed: a fresh context with only the persistent cookies of
     * {@code closed} (those with an expiry; a browser drops session cookies when it closes).
     */
    private static BrowserContext reopen(BrowserContext closed) {
        List<Cookie> persistent = closed.cookies().stream().filter(cookie -> cookie.expires > 0).toList();
        BrowserContext reopened = newVisitor();
        if (!persistent.isEmpty()) {
            reopened.addCookies(persistent);
        }
        return reopened;
    }

    /** A persistent cookie whose Max-Age ends with the session's absolute expiry (give or take a minute). */
    private static void assertLastsAsLongAsTheSession(Cookie cookie, SessionRow session, String what) {
        Assertions.assertThat(cookie.expires).as("expiry of " + what + " " + BrowserTokens.attributes(cookie)
                + " (seconds since the epoch), against the session's expires_at " + session.expiresAt())
                .isCloseTo((double) session.expiresAt().getEpochSecond(), Offset.offset(60.0));
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
}
