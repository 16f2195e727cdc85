package app.journal.webui.api;

import org.springframework.http.HttpHeaders;

/**
 * How the refresh token travels between the browser, this tier and the API: the one place that knows.
 *
 * <p>The web UI never holds the refresh token. The API sets it as an HttpOnly cookie on the answer to a
 * sign-in or refresh, this tier passes that {@code Set-Cookie} on to the browser ({@link #relay}), and the
 * browser sends the cookie with its next request to this tier, which copies it into the refresh or
 * sign-out call to the API together with what proves the call is not cross-site ({@link #prove}).
 *
 * <p>The web UI's implementation works on the current Vaadin request and response; tests use an
 * in-memory browser. Another transport (say, a header for a native shell) would be one more
 * implementation of this interface.
 */
public interface RefreshTransport {

    /** The value of the sign-in request's {@code transport} field that asks the API for this transport. */
    String loginTransport();

    /** Whether the browser's current request carries a refresh cookie at all (no cookie, no refresh call). */
    boolean hasRefreshCookie();

    /**
     * Adds to a refresh or sign-out call what the API checks before it rotates or revokes anything: the
     * browser's refresh (and CSRF) cookies, the CSRF header (unless {@code headers} has one already,
     * from memory) and the browser's fetch metadata.
     */
    void prove(HttpHeaders headers);

    /**
     * Adds to a sign-in step ({@code /api/auth/login}, {@code /api/auth/second-step}) the browser's
     * trusted-browser cookie, if it has one: with it, the API may skip the second step. Nothing else of the
     * browser's goes along (a sign-in needs no refresh cookie or CSRF proof).
     */
    void offerTrust(HttpHeaders headers);

    /** Passes every {@code Set-Cookie} of an API answer on to the browser, verbatim. */
    void relay(HttpHeaders answer);

    /**
     * Tells the browser to drop its refresh and CSRF cookies, when the API could not be asked to (a
     * sign-out while it is unreachable): a later visit must not quietly sign the person in again.
     */
    void forget();
}
