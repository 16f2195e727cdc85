package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * The plain-http development fallback ({@code journal.cookies.secure=false}): the same cookies without
 * the {@code __Host-} prefix and without {@code Secure}; and an Origin on the CORS allowlist passes
 * the Fetch Metadata check where no Sec-Fetch-Site came.
 */
@TestPropertySource(properties = {"journal.cookies.secure=false", "journal.public-base-url=http://localhost:8080",
        "journal.cors.allowed-origins=https://spa.journal.example"})
@ExtendWith(OutputCaptureExtension.class)
class PlainHttpCookieTransportApiTest extends CookieTransportApiTestBase {

    private static final String REFRESH = "journal-refresh";
    private static final String CSRF = "journal-csrf";

    @Override
    protected String refreshCookieName() {
        return REFRESH;
    }

    @Override
    protected String csrfCookieName() {
        return CSRF;
    }

    @Test
    void the_start_warns_that_the_fallback_is_on_and_never_for_production(CapturedOutput output) {
        assertThat(output.getAll()).as("startup captured").contains("Journal started on http://localhost:" + port);
        assertThat(output.getAll()).contains("WARN").contains("journal.cookies.secure=false");
    }

    @Test
    void the_fallback_cookies_have_plain_names_and_no_secure_flag_and_otherwise_the_same_attributes() {
        var email = uniqueEmail();
        registerVerifyAndLogIn(email);

        var login = cookieLogIn(email, true);

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().has("refreshToken")).isFalse();
        assertThat(setCookies(login)).extracting(SetCookie::name).containsExactlyInAnyOrder(REFRESH, CSRF);
        var refresh = setCookie(login, REFRESH);
        assertThat(refresh.has("Secure")).isFalse();
        assertThat(refresh.has("HttpOnly")).isTrue();
        assertThat(refresh.get("SameSite")).isEqualTo("Strict");
        assertThat(refresh.get("Path")).isEqualTo("/");
        assertThat(Long.parseLong(refresh.get("Max-Age"))).isGreaterThan(29L * 24 * 3600);
        var csrf = setCookie(login, CSRF);
        assertThat(csrf.has("Secure")).isFalse();
        assertThat(csrf.has("HttpOnly")).isFalse();
        assertThat(csrf.get("SameSite")).isEqualTo("Strict");
        assertThat(csrf.value()).isEqualTo(login.json().get("csrfToken").asString());
    }

    @Test
    void an_origin_on_the_cors_allowlist_passes_without_fetch_metadata_and_a_foreign_one_does_not() {
        var browser = signedInBrowser(true);
        var before = sessionRow(browser.sessionId());

        var foreign = browserPost("/api/auth/refresh", REFRESH + "=" + browser.refreshCookie(),
                Map.of("Origin", "https://spa.journal.example.evil.example", "X-CSRF-Token", browser.csrfToken()));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(sessionRow(browser.sessionId())).isEqualTo(before);

        var allowed = browserPost("/api/auth/refresh", REFRESH + "=" + browser.refreshCookie(),
                Map.of("Origin", "https://spa.journal.example", "X-CSRF-Token", browser.csrfToken()));
        assertThat(allowed.status()).as(allowed.body()).isEqualTo(200);
        assertThat(sessionRow(browser.sessionId()).refreshId()).isNotEqualTo(before.refreshId());
    }

    @Test
    void journals_own_origin_passes_even_with_a_cors_allowlist() {
        var browser = signedInBrowser(true);

        var own = browserPost("/api/auth/logout", REFRESH + "=" + browser.refreshCookie(),
                Map.of("Origin", "http://localhost:8080", "X-CSRF-Token", browser.csrfToken()));

        assertThat(own.status()).as(own.body()).isEqualTo(204);
        assertThat(sessionRow(browser.sessionId()).revokedAt()).isNotNull();
    }

    @Test
    void two_refresh_cookies_clear_every_path_a_stale_one_may_hide_at() {
        var browser = signedInBrowser(true);
        var cookies = REFRESH + "=stale; " + REFRESH + "=" + browser.refreshCookie();

        var answer = browserPost("/api/auth/refresh", cookies,
                Map.of("Sec-Fetch-Site", "same-origin", "X-CSRF-Token", browser.csrfToken()));

        assertThat(answer.status()).isEqualTo(401);
        var cleared = setCookies(answer).stream().filter(c -> c.name().equals(REFRESH)).toList();
        assertThat(cleared).allSatisfy(c -> assertThat(c.clears()).isTrue());
        assertThat(cleared).extracting(c -> c.get("Path"))
                .containsExactlyInAnyOrder("/", "/api", "/api/auth", "/api/auth/refresh");
        assertThat(setCookie(answer, CSRF).clears()).isTrue();
        assertThat(sessionRow(browser.sessionId()).revokedAt()).isNull();
    }

    @Test
    void the_http_session_cookie_is_same_site_lax_and_not_secure_behind_a_plain_http_public_url() {
        var session = setCookie(get("/", null), "JSESSIONID");

        assertThat(session.get("SameSite")).isEqualTo("Lax");
        assertThat(session.has("Secure")).isFalse();
    }
}
