package app.journal.webui.api;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * Signing in (in one or two steps, or with a passkey), renewing and signing out with the refresh token in the browser's
 * cookie. Bound to the client whose {@link RefreshCookieRelay} adds the browser's cookies and proof to
 * refresh and sign-out, the trusted-browser cookie to the sign-in steps, and relays every {@code Set-Cookie}
 * of the answers to the browser.
 */
@HttpExchange(url = "/api/auth", accept = {"application/json", "application/problem+json"})
interface SessionEndpoints {

    String CSRF_HEADER = "X-CSRF-Token";

    /** {@code 200} with the tokens, or {@code 202} when a second step is needed: see {@link LoginAnswer}. */
    @PostExchange(url = "/login", contentType = "application/json")
    ResponseEntity<LoginAnswer> logIn(@RequestBody AuthRequests.LogIn credentials);

    @PostExchange(url = "/second-step", contentType = "application/json")
    TokenResponse secondStep(@RequestBody AuthRequests.SecondStep step);

    /** A passkey sign-in starts: the options for any discoverable passkey of this site. */
    @PostExchange(url = "/passkey/options", contentType = "application/json")
    PasskeyAnswers.Options passkeyOptions(@RequestBody Map<String, Object> none);

    /** A passkey sign-in ends: {@code 200} with the tokens, as a one-step {@code /login}. */
    @PostExchange(url = "/passkey", contentType = "application/json")
    TokenResponse passkey(@RequestBody AuthRequests.PasskeySignIn proof);

    /** @param csrfToken the token held in memory; {@code null} lets the transport take the browser's CSRF cookie */
    @PostExchange("/refresh")
    TokenResponse refresh(@RequestHeader(name = CSRF_HEADER, required = false) @Nullable String csrfToken);

    /** @param csrfToken the token held in memory; {@code null} lets the transport take the browser's CSRF cookie */
    @PostExchange("/logout")
    void logOut(@RequestHeader(name = CSRF_HEADER, required = false) @Nullable String csrfToken);
}
