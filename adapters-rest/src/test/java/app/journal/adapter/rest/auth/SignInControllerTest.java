package app.journal.adapter.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.adapter.rest.auth.transport.BodyTransport;
import app.journal.adapter.rest.auth.transport.CookieSettings;
import app.journal.adapter.rest.auth.transport.CookieTransport;
import app.journal.adapter.rest.auth.transport.CsrfTokens;
import app.journal.adapter.rest.auth.transport.RefreshTokenTransports;
import app.journal.adapter.rest.auth.transport.SameOriginCheck;
import app.journal.adapter.rest.security.ClientAddresses;
import app.journal.adapter.rest.token.JjwtTokenCodec;
import app.journal.adapter.rest.token.TokenKeys;
import app.journal.adapter.rest.token.TokenSettings;
import app.journal.application.port.in.session.RefreshSession;
import app.journal.application.port.in.session.RefreshSession.Outcome;
import app.journal.application.testing.TestClock;
import app.journal.domain.session.RefreshId;
import app.journal.domain.session.SessionId;
import app.journal.domain.session.SessionPersistence;
import app.journal.domain.user.UserId;
import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;

/** The answers no real-HTTP test can provoke at will. */
class SignInControllerTest {

    private static final TokenKeys KEYS = TokenKeys.generate();

    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final JjwtTokenCodec codec = new JjwtTokenCodec(KEYS, new TokenSettings("journal", "journal-api",
            "journal-refresh", "journal-verify", Duration.ofMinutes(10), Duration.ofHours(24), Duration.ofSeconds(30)),
            clock);
    private final CsrfTokens csrf = new CsrfTokens(KEYS.hmac());

    private SignInController controller(RefreshSession refreshSession) {
        var cookies = new CookieTransport(codec, csrf, new SameOriginCheck(List.of(URI.create("https://journal.example"))),
                new CookieSettings(true, "Strict"), clock);
        return new SignInController(command -> {
            throw new AssertionError("no login here");
        }, refreshSession, (sessionId, client) -> {
            throw new AssertionError("no logout here");
        }, codec, new RefreshTokenTransports(List.of(new BodyTransport(codec, clock), cookies)),
                new ClientAddresses(Set.of()), command -> {
                    throw new AssertionError("no second step here");
                }, new app.journal.adapter.rest.auth.transport.TrustedBrowserCookie(new CookieSettings(true, "Strict"),
                        clock), new app.journal.application.port.in.session.SignInWithPasskey() {
                    @Override
                    public app.journal.application.port.in.mfa.PasskeyOptions options(String clientKey) {
                        throw new AssertionError("no passkey here");
                    }

                    @Override
                    public app.journal.application.port.in.session.SignInResult finish(FinishCommand command) {
                        throw new AssertionError("no passkey here");
                    }
                });
    }

    @Test
    void a_contended_cookie_refresh_is_a_503_that_leaves_the_cookies_alone() {
        var sid = SessionId.random();
        var refresh = codec.issueRefresh(UserId.random(), sid, RefreshId.random(), clock.instant().plusSeconds(3600),
                SessionPersistence.PERSISTENT);
        var request = new MockHttpServletRequest("POST", "/api/auth/refresh");
        request.setCookies(new Cookie("__Host-journal-refresh", refresh.value()));
        request.addHeader("Sec-Fetch-Site", "same-origin");
        request.addHeader("X-CSRF-Token", csrf.tokenFor(sid));

        var answer = controller(command -> new Outcome.Rejected(RefreshSession.Reason.CONTENDED))
                .refresh(null, request);

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(answer.getHeaders().get(HttpHeaders.SET_COOKIE)).as("cookies untouched").isNull();
    }

    @Test
    void a_rejected_cookie_refresh_clears_the_cookies() {
        var sid = SessionId.random();
        var refresh = codec.issueRefresh(UserId.random(), sid, RefreshId.random(), clock.instant().plusSeconds(3600),
                SessionPersistence.PERSISTENT);
        var request = new MockHttpServletRequest("POST", "/api/auth/refresh");
        request.setCookies(new Cookie("__Host-journal-refresh", refresh.value()));
        request.addHeader("Sec-Fetch-Site", "same-origin");
        request.addHeader("X-CSRF-Token", csrf.tokenFor(sid));

        var answer = controller(command -> new Outcome.Rejected(RefreshSession.Reason.REUSE_DETECTED))
                .refresh(null, request);

        assertThat(answer.getStatusCode().value()).isEqualTo(401);
        assertThat(answer.getHeaders().get(HttpHeaders.SET_COOKIE))
                .anySatisfy(c -> assertThat(c).startsWith("__Host-journal-refresh=;").contains("Max-Age=0"))
                .anySatisfy(c -> assertThat(c).startsWith("__Host-journal-csrf=;").contains("Max-Age=0"));
    }

    @Test
    void a_cookie_refresh_of_a_session_signed_out_elsewhere_says_so_and_clears_the_cookies() {
        var answer = cookieRefreshRefused(RefreshSession.Reason.REVOKED_ELSEWHERE);

        assertThat(answer.getStatusCode().value()).isEqualTo(401);
        var problem = (org.springframework.http.ProblemDetail) answer.getBody();
        assertThat(problem.getType()).hasToString("urn:journal:problem:session-revoked");
        assertThat(problem.getDetail()).isEqualTo("You were signed out from another device.");
        assertCookiesCleared(answer);
    }

    @Test
    void a_cookie_refresh_of_a_disabled_account_says_so_and_clears_the_cookies() {
        var answer = cookieRefreshRefused(RefreshSession.Reason.ACCOUNT_DISABLED);

        assertThat(answer.getStatusCode().value()).isEqualTo(401);
        var problem = (org.springframework.http.ProblemDetail) answer.getBody();
        assertThat(problem.getType()).hasToString("urn:journal:problem:account-disabled");
        assertCookiesCleared(answer);
    }

    /** A cookie-borne refresh of a fresh session (Fetch Metadata and CSRF token in order) that the use case refuses. */
    private org.springframework.http.ResponseEntity<?> cookieRefreshRefused(RefreshSession.Reason reason) {
        var sid = SessionId.random();
        var refresh = codec.issueRefresh(UserId.random(), sid, RefreshId.random(), clock.instant().plusSeconds(3600),
                SessionPersistence.PERSISTENT);
        var request = new MockHttpServletRequest("POST", "/api/auth/refresh");
        request.setCookies(new Cookie("__Host-journal-refresh", refresh.value()));
        request.addHeader("Sec-Fetch-Site", "same-origin");
        request.addHeader("X-CSRF-Token", csrf.tokenFor(sid));
        return controller(command -> new Outcome.Rejected(reason)).refresh(null, request);
    }

    private static void assertCookiesCleared(org.springframework.http.ResponseEntity<?> answer) {
        assertThat(answer.getHeaders().get(HttpHeaders.SET_COOKIE))
                .anySatisfy(c -> assertThat(c).startsWith("__Host-journal-refresh=;").contains("Max-Age=0"))
                .anySatisfy(c -> assertThat(c).startsWith("__Host-journal-csrf=;").contains("Max-Age=0"));
    }
}
