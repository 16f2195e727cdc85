package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 7 (M4.T1), the API: the refresh token in an HttpOnly {@code __Host-} cookie, with Fetch
 * Metadata and a signed double-submit CSRF token on every cookie-borne refresh and logout, over real
 * HTTP and PostgreSQL. Production settings: {@code journal.cookies.secure=true}, public base URL
 * {@code https://journal.example}, no CORS allowlist.
 */
class CookieTransportApiTest extends CookieTransportApiTestBase {

    private static final String REFRESH = "__Host-journal-refresh";
    private static final String CSRF = "__Host-journal-csrf";

    @Override
    protected String refreshCookieName() {
        return REFRESH;
    }

    @Override
    protected String csrfCookieName() {
        return CSRF;
    }

    @Test
    void keep_me_signed_in_sets_persistent_host_cookies_until_the_session_expires_and_no_refresh_token_in_the_body() {
        var email = uniqueEmail();
        registerVerifyAndLogIn(email);

        var login = cookieLogIn(email, true);

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Cache-Control")).contains("no-store");
        var body = login.json();
        assertThat(body.has("refreshToken")).as("refresh token absent from the body").isFalse();
        assertThat(login.body()).doesNotContain(setCookie(login, REFRESH).value());
        assertThat(body.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(body.get("accessToken").asString()).startsWith("eyJ");
        var csrfToken = body.get("csrfToken").asString();
        assertThat(csrfToken).hasSize(43).doesNotStartWith("eyJ");

        var refresh = setCookie(login, REFRESH);
        assertThat(refresh.value()).startsWith("eyJ");
        assertThat(refresh.has("HttpOnly")).isTrue();
        assertThat(refresh.has("Secure")).isTrue();
        assertThat(refresh.get("SameSite")).isEqualTo("Strict");
        assertThat(refresh.get("Path")).isEqualTo("/");
        assertThat(refresh.has("Domain")).isFalse();
        var csrf = setCookie(login, CSRF);
        assertThat(csrf.value()).isEqualTo(csrfToken);
        assertThat(csrf.has("HttpOnly")).as("page script reads the CSRF cookie after a reload").isFalse();
        assertThat(csrf.has("Secure")).isTrue();
        assertThat(csrf.get("SameSite")).isEqualTo("Strict");
        assertThat(csrf.get("Path")).isEqualTo("/");

        var row = sessionRow(codec.readRefresh(refresh.value()).sessionId());
        assertThat(row.expiresAt()).isCloseTo(Instant.now().plus(Duration.ofDays(30)), within(1, ChronoUnit.MINUTES));
        long remaining = Duration.between(Instant.now(), row.expiresAt()).toSeconds();
        assertThat(Long.parseLong(refresh.get("Max-Age"))).isCloseTo(remaining, within(5L));
        assertThat(csrf.get("Max-Age")).isEqualTo(refresh.get("Max-Age"));
        assertThat(body.get("refreshExpiresIn").asLong()).isCloseTo(Long.parseLong(refresh.get("Max-Age")), within(1L));
    }

    @Test
    void without_keep_me_signed_in_the_cookies_end_with_the_browser_and_the_session_after_12_hours() {
        for (var rememberMe : new Boolean[] {false, null}) {
            var login = cookieLogIn(uniqueEmailSignedIn(), rememberMe);
            assertThat(login.status()).isEqualTo(200);
            var browser = browserAfter(login);

            for (var name : new String[] {REFRESH, CSRF}) {
                var cookie = setCookie(login, name);
                assertThat(cookie.has("Max-Age")).as(name + " " + rememberMe).isFalse();
                assertThat(cookie.has("Expires")).as(name + " " + rememberMe).isFalse();
            }
            assertThat(sessionRow(browser.sessionId()).expiresAt())
                    .isCloseTo(Instant.now().plus(Duration.ofHours(12)), within(1, ChronoUnit.MINUTES));
        }
    }

    @Test
    void a_cookie_borne_refresh_rotates_and_sets_the_cookies_again_with_the_remaining_lifetime() throws Exception {
        var browser = signedInBrowser(true);
        var before = sessionRow(browser.sessionId());
        Thread.sleep(1_100); // so the remaining lifetime is measurably shorter

        var refreshed = sameOrigin("/api/auth/refresh", browser);

        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        assertThat(refreshed.json().has("refreshToken")).isFalse();
        assertThat(refreshed.json().get("csrfToken").asString()).isEqualTo(browser.csrfToken());
        var cookie = setCookie(refreshed, REFRESH);
        assertThat(cookie.value()).isNotEqualTo(browser.refreshCookie());
        var after = sessionRow(browser.sessionId());
        assertThat(after.refreshId()).isNotEqualTo(before.refreshId())
                .isEqualTo(codec.readRefresh(cookie.value()).refreshId().toString());
        assertThat(after.expiresAt()).as("rotation never extends the session").isEqualTo(before.expiresAt());
        long remaining = Duration.between(Instant.now(), after.expiresAt()).toSeconds();
        assertThat(Long.parseLong(cookie.get("Max-Age"))).isCloseTo(remaining, within(5L))
                .isLessThan(Duration.ofDays(30).toSeconds());
        assertThat(setCookie(refreshed, CSRF).get("Max-Age")).isEqualTo(cookie.get("Max-Age"));

        var next = sameOrigin("/api/auth/refresh", browserAfter(refreshed));
        assertThat(next.status()).as("the re-set cookie works").isEqualTo(200);
    }

    @Test
    void a_browser_session_stays_one_across_rotations() {
        var browser = signedInBrowser(false);

        var refreshed = sameOrigin("/api/auth/refresh", browser);

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(setCookie(refreshed, REFRESH).has("Max-Age")).as("rem claim handed on").isFalse();
        assertThat(setCookie(refreshed, CSRF).has("Max-Age")).isFalse();
    }

    /** Every way a cookie-borne call can fail to show it comes from Journal itself. */
    enum Forgery {
        NO_CSRF_HEADER(b -> Map.of("Sec-Fetch-Site", "same-origin")),
        WRONG_HMAC(b -> Map.of("Sec-Fetch-Site", "same-origin", "X-CSRF-Token", flipLast(b.csrfToken()))),
        CROSS_SITE(b -> Map.of("Sec-Fetch-Site", "cross-site", "X-CSRF-Token", b.csrfToken())),
        SAME_SITE(b -> Map.of("Sec-Fetch-Site", "same-site", "X-CSRF-Token", b.csrfToken())),
        FOREIGN_ORIGIN(b -> Map.of("Origin", "https://evil.example", "X-CSRF-Token", b.csrfToken())),
        NEITHER_FETCH_METADATA_NOR_ORIGIN(b -> Map.of("X-CSRF-Token", b.csrfToken()));

        final Function<Browser, Map<String, String>> headers;

        Forgery(Function<Browser, Map<String, String>> headers) {
            this.headers = headers;
        }
    }

    @ParameterizedTest
    @EnumSource(Forgery.class)
    void a_refresh_or_logout_that_fails_the_csrf_checks_is_a_403_and_changes_nothing(Forgery forgery) {
        var browser = signedInBrowser(true);
        var before = sessionRow(browser.sessionId());
        var cookie = REFRESH + "=" + browser.refreshCookie();

        assertCsrfCheckFailed(browserPost("/api/auth/refresh", cookie, forgery.headers.apply(browser)));
        assertCsrfCheckFailed(browserPost("/api/auth/logout", cookie, forgery.headers.apply(browser)));

        var after = sessionRow(browser.sessionId());
        assertThat(after.refreshId()).as("nothing rotated").isEqualTo(before.refreshId());
        assertThat(after.revokedAt()).as("nothing revoked").isNull();
        assertThat(sameOrigin("/api/auth/refresh", browser).status()).as("the real client still can").isEqualTo(200);
    }

    @Test
    void another_sessions_csrf_token_does_not_work_and_changes_nothing() {
        var victim = signedInBrowser(true);
        var attacker = signedInBrowser(true);
        var before = sessionRow(victim.sessionId());
        var headers = Map.of("Sec-Fetch-Site", "same-origin", "X-CSRF-Token", attacker.csrfToken());

        assertCsrfCheckFailed(browserPost("/api/auth/refresh", REFRESH + "=" + victim.refreshCookie(), headers));
        assertCsrfCheckFailed(browserPost("/api/auth/logout", REFRESH + "=" + victim.refreshCookie(), headers));

        var after = sessionRow(victim.sessionId());
        assertThat(after.refreshId()).isEqualTo(before.refreshId());
        assertThat(after.revokedAt()).isNull();
    }

    @Test
    void sec_fetch_site_none_and_journals_own_origin_without_fetch_metadata_pass() {
        var browser = signedInBrowser(true);
        var cookie = REFRESH + "=" + browser.refreshCookie();

        var typed = browserPost("/api/auth/refresh", cookie,
                Map.of("Sec-Fetch-Site", "none", "X-CSRF-Token", browser.csrfToken()));
        assertThat(typed.status()).as(typed.body()).isEqualTo(200);

        var next = browserAfter(typed);
        var ownOrigin = browserPost("/api/auth/refresh", REFRESH + "=" + next.refreshCookie(),
                Map.of("Origin", "https://journal.example", "X-CSRF-Token", next.csrfToken()));
        assertThat(ownOrigin.status()).as(ownOrigin.body()).isEqualTo(200);
    }

    @Test
    void two_refresh_cookies_are_a_401_that_clears_them_for_refresh_and_logout_and_change_nothing() {
        var browser = signedInBrowser(true);
        var before = sessionRow(browser.sessionId());
        var cookies = REFRESH + "=" + browser.refreshCookie() + "; " + REFRESH + "=stale";
        var headers = Map.of("Sec-Fetch-Site", "same-origin", "X-CSRF-Token", browser.csrfToken());

        for (var path : new String[] {"/api/auth/refresh", "/api/auth/logout"}) {
            var answer = browserPost(path, cookies, headers);
            assertThat(answer.status()).as(path).isEqualTo(401);
            assertThat(answer.json().get("type").asString()).isEqualTo("urn:journal:problem:invalid-refresh-token");
            assertClearsBothCookies(answer);
        }

        var after = sessionRow(browser.sessionId());
        assertThat(after.refreshId()).isEqualTo(before.refreshId());
        assertThat(after.revokedAt()).isNull();
    }

    @Test
    void logout_with_the_cookie_revokes_and_clears_and_stays_idempotent() {
        var browser = signedInBrowser(true);

        var logout = sameOrigin("/api/auth/logout", browser);

        assertThat(logout.status()).isEqualTo(204);
        assertClearsBothCookies(logout);
        assertThat(sessionRow(browser.sessionId()).revokedAt()).as("revoked").isNotNull();

        var again = sameOrigin("/api/auth/logout", browser);
        assertThat(again.status()).isEqualTo(204);
        assertClearsBothCookies(again);
        var withoutCookie = browserPost("/api/auth/logout", null, Map.of("Sec-Fetch-Site", "same-origin"));
        assertThat(withoutCookie.status()).isEqualTo(204);
        assertClearsBothCookies(withoutCookie);
    }

    @Test
    void a_refused_refresh_clears_the_cookies() {
        var browser = signedInBrowser(true);
        assertThat(sameOrigin("/api/auth/logout", browser).status()).isEqualTo(204);

        var revoked = sameOrigin("/api/auth/refresh", browser);
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.json().get("type").asString()).isEqualTo("urn:journal:problem:invalid-refresh-token");
        assertClearsBothCookies(revoked);

        var garbage = browserPost("/api/auth/refresh", REFRESH + "=garbage",
                Map.of("Sec-Fetch-Site", "same-origin", "X-CSRF-Token", browser.csrfToken()));
        assertThat(garbage.status()).isEqualTo(401);
        assertClearsBothCookies(garbage);

        var none = browserPost("/api/auth/refresh", null, Map.of("Sec-Fetch-Site", "same-origin"));
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().get("type").asString()).isEqualTo("urn:journal:problem:invalid-refresh-token");
    }

    @Test
    void the_grace_window_answer_sets_the_current_generations_cookie() {
        var browser = signedInBrowser(true);
        var winner = sameOrigin("/api/auth/refresh", browser);
        assertThat(winner.status()).isEqualTo(200);

        var secondTab = sameOrigin("/api/auth/refresh", browser);

        assertThat(secondTab.status()).as(secondTab.body()).isEqualTo(200);
        var cookie = setCookie(secondTab, REFRESH);
        assertThat(codec.readRefresh(cookie.value()).refreshId())
                .isEqualTo(codec.readRefresh(setCookie(winner, REFRESH).value()).refreshId());
        assertThat(cookie.has("Max-Age")).isTrue();
        assertThat(sessionRow(browser.sessionId()).revokedAt()).isNull();
        assertThat(sameOrigin("/api/auth/refresh", browserAfter(secondTab)).status()).isEqualTo(200);
    }

    @Test
    void the_body_transport_is_unchanged_and_sets_no_cookie() {
        var email = uniqueEmail();
        var pair = registerVerifyAndLogIn(email);
        var login = logIn(email, PASSWORD);

        assertThat(login.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(login.json().has("csrfToken")).isFalse();
        assertThat(login.json().get("refreshToken").asString()).startsWith("eyJ");
        var session = codec.readRefresh(pair.get("refreshToken").asString()).sessionId();
        assertThat(sessionRow(session).expiresAt())
                .as("no rememberMe: 30 days as before")
                .isCloseTo(Instant.now().plus(Duration.ofDays(30)), within(1, ChronoUnit.MINUTES));

        var refreshed = refresh(login.json().get("refreshToken").asString());
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(refreshed.json().get("refreshToken").asString()).startsWith("eyJ");
        var logout = post("/api/auth/logout", json(Map.of("refreshToken",
                refreshed.json().get("refreshToken").asString())), null);
        assertThat(logout.status()).isEqualTo(204);
        assertThat(logout.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void the_body_transport_can_ask_for_a_short_session() {
        var email = uniqueEmail();
        registerVerifyAndLogIn(email);

        var login = post("/api/auth/login", json(Map.of("email", email, "password", PASSWORD, "transport", "body",
                "rememberMe", false)), null);

        assertThat(login.status()).isEqualTo(200);
        var session = codec.readRefresh(login.json().get("refreshToken").asString()).sessionId();
        assertThat(sessionRow(session).expiresAt())
                .isCloseTo(Instant.now().plus(Duration.ofHours(12)), within(1, ChronoUnit.MINUTES));
    }

    @Test
    void an_unknown_transport_is_a_400_naming_the_field() {
        var email = uniqueEmail();
        registerVerifyAndLogIn(email);

        var login = post("/api/auth/login", json(Map.of("email", email, "password", PASSWORD, "transport", "carrier"
                + "-pigeon")), null);

        assertThat(login.status()).isEqualTo(400);
        assertThat(login.json().get("type").asString()).isEqualTo("urn:journal:problem:invalid-input");
        assertThat(login.json().get("errors").get(0).get("field").asString()).isEqualTo("transport");
    }

    @Test
    void the_http_session_cookie_is_secure_and_same_site_lax_behind_an_https_public_url() {
        var page = get("/", null);

        var session = setCookie(page, "JSESSIONID");
        assertThat(session.get("SameSite")).isEqualTo("Lax");
        assertThat(session.has("Secure")).as("journal.public-base-url is https").isTrue();
        assertThat(session.has("HttpOnly")).isTrue();
    }

    @Test
    void the_openapi_description_documents_the_cookie_transport() {
        var doc = get("/v3/api-docs", null).json();

        var refresh = doc.get("paths").get("/api/auth/refresh").get("post");
        assertThat(refresh.get("responses").has("403")).isTrue();
        assertThat(refresh.get("parameters").valueStream().map(p -> p.get("name").asString()))
                .contains("X-CSRF-Token", "__Host-journal-refresh");
        assertThat(doc.get("paths").get("/api/auth/logout").get("post").get("responses").has("403")).isTrue();
        var tokens = doc.get("components").get("schemas").get("TokenResponse").get("properties");
        assertThat(tokens.has("csrfToken")).isTrue();
        assertThat(doc.get("components").get("schemas").get("LoginRequest").get("properties").has("rememberMe"))
                .isTrue();
    }

    private String uniqueEmailSignedIn() {
        var email = uniqueEmail();
        registerVerifyAndLogIn(email);
        return email;
    }

    private static String flipLast(String token) {
        return token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
    }
}
