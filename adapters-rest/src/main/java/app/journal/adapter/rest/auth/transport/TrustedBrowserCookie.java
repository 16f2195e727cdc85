package app.journal.adapter.rest.auth.transport;

import app.journal.application.port.in.session.SignInResult.TrustMark;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The "trust this browser" mark: an HttpOnly, {@code SameSite=Strict} cookie ({@code __Host-journal-trusted})
 * holding a random secret whose hash the server keeps with the account it belongs to. Page script cannot read
 * it, another site cannot send it, and it is void the moment the server forgets it (a password change or
 * reset, two-step verification turned off, "sign out all other devices", or removing it from the security
 * page). Sent with both refresh-token transports: it belongs to the browser, not to a session.
 */
public final class TrustedBrowserCookie {

    private final CookieSettings cookies;
    private final Clock clock;

    public TrustedBrowserCookie(CookieSettings cookies, Clock clock) {
        this.cookies = Objects.requireNonNull(cookies, "cookies");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The mark the browser sent; none when absent, or when it sent two (nothing to believe then). */
    public @Nullable String read(HttpServletRequest request) {
        var cookiesSent = request.getCookies();
        if (cookiesSent == null) {
            return null;
        }
        var values = Arrays.stream(cookiesSent).filter(c -> cookies.trustCookie().equals(c.getName()))
                .map(Cookie::getValue).toList();
        return values.size() == 1 && values.getFirst().length() <= 64 ? values.getFirst() : null;
    }

    /** The Set-Cookie that hands the mark to the browser, for as long as it lasts. */
    public HttpHeaders set(TrustMark mark) {
        // Whole seconds, rounded up: the mark was made a moment ago, and 30 days should read as 30 days.
        long millis = Math.max(0, Duration.between(clock.instant(), mark.expiresAt()).toMillis());
        var headers = new HttpHeaders();
        headers.add(HttpHeaders.SET_COOKIE, ResponseCookie.from(cookies.trustCookie(), mark.token()).httpOnly(true)
                .secure(cookies.secure()).sameSite("Strict").path("/").maxAge(Duration.ofSeconds((millis + 999) / 1000))
                .build().toString());
        return headers;
    }

    /** The Set-Cookie that makes the browser drop the mark. */
    public HttpHeaders forget() {
        var headers = new HttpHeaders();
        headers.add(HttpHeaders.SET_COOKIE, ResponseCookie.from(cookies.trustCookie(), "").httpOnly(true)
                .secure(cookies.secure()).sameSite("Strict").path("/").maxAge(Duration.ZERO).build().toString());
        return headers;
    }

    public String name() {
        return cookies.trustCookie();
    }
}
