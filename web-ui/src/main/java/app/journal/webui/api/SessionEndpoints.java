package app.journal.webui.api;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * Signing in, renewing and signing out with the refresh token in the browser's cookie. Bound to the
 * client whose {@link RefreshCookieRelay} adds the browser's cookies and proof to refresh and sign-out
 * and relays every {@code Set-Cookie} of the answers to the browser.
 */
@HttpExchange(url = "/api/auth", accept = "application/json, application/problem+json")
interface SessionEndpoints {

    String CSRF_HEADER = "X-CSRF-Token";

    @PostExchange(url = "/login", contentType = "application/json")
    TokenResponse logIn(@RequestBody AuthRequests.LogIn credentials);

    /** @param csrfToken the token held in memory; {@code null} lets the transport take the browser's CSRF cookie */
    @PostExchange("/refresh")
    TokenResponse refresh(@RequestHeader(name = CSRF_HEADER, required = false) @Nullable String csrfToken);

    /**
     * @param relay whether the answer's {@code Set-Cookie} (which clears the cookies) goes to the browser:
     *              not when the session ended is one the browser has just been given a new cookie for
     */
    @PostExchange("/logout")
    void logOut(@RequestHeader(name = CSRF_HEADER, required = false) @Nullable String csrfToken,
            @RequestAttribute(RefreshCookieRelay.RELAY) boolean relay);
}
