package app.journal.adapter.rest.auth.transport;

import app.journal.adapter.rest.auth.transport.Presentation.Presented;
import app.journal.adapter.rest.auth.transport.Presentation.Refusal;
import app.journal.adapter.rest.auth.transport.Presentation.Refused;
import app.journal.adapter.rest.token.InvalidTokenException;
import app.journal.adapter.rest.token.JjwtTokenCodec;
import app.journal.adapter.rest.token.RefreshClaims;
import app.journal.domain.session.SessionPersistence;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;

/**
 * For browser clients: the refresh token lives in an HttpOnly cookie that page script cannot read,
 * and the body carries a CSRF token instead. A cookie-borne refresh or logout is believed only when,
 * in this order: exactly one refresh cookie came (two are cleared, never a refresh loop), Fetch
 * Metadata says the request is not cross-site ({@link SameOriginCheck}), the token verifies, and the
 * {@value #CSRF_HEADER} header holds this session's CSRF token ({@link CsrfTokens}). Otherwise nothing
 * is rotated or revoked.
 *
 * <p>A persistent sign-in ("keep me signed in") gets cookies with {@code Max-Age} = the time left
 * until the session's absolute expiry, set again at every rotation; any other sign-in gets
 * browser-session cookies.
 */
public final class CookieTransport implements RefreshTokenTransport {

    public static final String CSRF_HEADER = "X-CSRF-Token";

    /** Where a stale non-{@code __Host-} cookie may hide; a {@code __Host-} cookie can only live at {@code /}. */
    private static final List<String> STALE_PATHS = List.of("/api", "/api/auth", "/api/auth/refresh");

    private static final Logger log = LoggerFactory.getLogger(CookieTransport.class);

    private final JjwtTokenCodec tokens;
    private final CsrfTokens csrfTokens;
    private final SameOriginCheck sameOrigin;
    private final CookieSettings cookies;
    private final Clock clock;

    public CookieTransport(JjwtTokenCodec tokens, CsrfTokens csrfTokens, SameOriginCheck sameOrigin,
            CookieSettings cookies, Clock clock) {
        this.tokens = tokens;
        this.csrfTokens = csrfTokens;
        this.sameOrigin = sameOrigin;
        this.cookies = cookies;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "cookie";
    }

    /** A browser sign-in that does not ask to be kept ends with the browser. */
    @Override
    public SessionPersistence defaultPersistence() {
        return SessionPersistence.BROWSER_SESSION;
    }

    @Override
    public boolean carries(HttpServletRequest request, @Nullable String bodyToken) {
        return bodyToken == null || bodyToken.isBlank();
    }

    @Override
    public Presentation read(HttpServletRequest request, @Nullable String bodyToken) {
        var presented = refreshCookies(request);
        if (presented.size() > 1) {
            log.info("Two refresh cookies in one request: both cleared");
            return new Refused(Refusal.AMBIGUOUS, clearing(true));
        }
        if (presented.isEmpty()) {
            return new Refused(Refusal.ABSENT, clearing(false));
        }
        if (!sameOrigin.passes(request)) {
            log.info("Cookie-borne {} refused: not same-origin (Sec-Fetch-Site {}, Origin {})", request.getRequestURI(),
                    present(request.getHeader(SameOriginCheck.SEC_FETCH_SITE)), present(request.getHeader("Origin")));
            return new Refused(Refusal.CSRF_CHECK_FAILED, new HttpHeaders());
        }
        RefreshClaims claims;
        try {
            claims = tokens.readRefresh(presented.getFirst());
        } catch (InvalidTokenException e) {
            log.debug("Refresh cookie refused: {}", e.getMessage());
            return new Refused(Refusal.UNREADABLE, clearing(false));
        }
        if (!csrfTokens.matches(claims.sessionId(), request.getHeader(CSRF_HEADER))) {
            log.info("Cookie-borne {} refused for session {}: {} missing or wrong", request.getRequestURI(),
                    claims.sessionId(), CSRF_HEADER);
            return new Refused(Refusal.CSRF_CHECK_FAILED, new HttpHeaders());
        }
        return new Presented(claims);
    }

    @Override
    public ResponseEntity<TokenResponse> deliver(SessionTokens issued) {
        @Nullable Duration maxAge = issued.persistence() == SessionPersistence.PERSISTENT
                ? Duration.ofSeconds(TokenResponse.secondsUntil(issued.refresh(), clock))
                : null;
        var csrf = csrfTokens.tokenFor(issued.sessionId());
        var headers = new HttpHeaders();
        headers.add(HttpHeaders.SET_COOKIE, cookie(cookies.refreshCookie(), issued.refresh().value(), true, "/", maxAge));
        headers.add(HttpHeaders.SET_COOKIE, cookie(cookies.csrfCookie(), csrf, false, "/", maxAge));
        return TokenResponse.answer(headers, TokenResponse.withoutRefreshToken(issued, csrf, clock));
    }

    @Override
    public HttpHeaders forget() {
        return clearing(false);
    }

    private HttpHeaders clearing(boolean staleVariantsToo) {
        var headers = new HttpHeaders();
        headers.add(HttpHeaders.SET_COOKIE, cookie(cookies.refreshCookie(), "", true, "/", Duration.ZERO));
        headers.add(HttpHeaders.SET_COOKIE, cookie(cookies.csrfCookie(), "", false, "/", Duration.ZERO));
        if (staleVariantsToo && !cookies.secure()) {
            for (var path : STALE_PATHS) {
                headers.add(HttpHeaders.SET_COOKIE, cookie(cookies.refreshCookie(), "", true, path, Duration.ZERO));
            }
        }
        return headers;
    }

    private String cookie(String name, String value, boolean httpOnly, String path, @Nullable Duration maxAge) {
        var cookie = ResponseCookie.from(name, value).httpOnly(httpOnly).secure(cookies.secure())
                .sameSite(cookies.sameSite()).path(path);
        if (maxAge != null) {
            cookie.maxAge(maxAge);
        }
        return cookie.build().toString();
    }

    private List<String> refreshCookies(HttpServletRequest request) {
        Cookie[] all = request.getCookies();
        if (all == null) {
            return List.of();
        }
        return Arrays.stream(all).filter(c -> c.getName().equals(cookies.refreshCookie())).map(Cookie::getValue)
                .toList();
    }

    private static String present(@Nullable String header) {
        return header == null ? "absent" : "'" + header.replaceAll("[^A-Za-z0-9:/._-]", "?") + "'";
    }
}
