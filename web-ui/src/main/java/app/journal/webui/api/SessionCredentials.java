package app.journal.webui.api;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How the current browser session talks to the API. Kept in server memory only, in the browser
 * session's {@link CredentialHolder}, never sent to the browser.
 *
 * <p>Sealed so that every kind has to be handled wherever credentials are renewed.
 */
public sealed interface SessionCredentials extends Serializable
        permits SessionCredentials.Demo, SessionCredentials.Account {

    /** The bearer token for {@code Authorization} headers. */
    String accessToken();

    /** The shared demo account, obtained from {@code POST /api/demo/session}; renewed by asking again. */
    record Demo(String accessToken) implements SessionCredentials {

        @Serial
        private static final long serialVersionUID = 1L;

        public Demo {
            requireToken(accessToken, "A demo access token");
        }

        @Override
        public String toString() {
            return "Demo[accessToken=<hidden>]";
        }
    }

    /**
     * A person signed in with their own account ({@code POST /api/auth/login}). There is no refresh token
     * here: the browser holds it, in the HttpOnly cookie the API sets, and renewal sends that cookie
     * along ({@link RefreshTransport}). The API rotates it at every renewal.
     *
     * @param csrfToken the token that proves a cookie-borne refresh or sign-out comes from this site (the
     *                  API hands it out with every sign-in and refresh); {@code null} when the API sent
     *                  none, then the browser's CSRF cookie is used
     * @param email     the account's address as the API knows it, to show who is signed in
     */
    record Account(String accessToken, @Nullable String csrfToken, String email) implements SessionCredentials {

        @Serial
        private static final long serialVersionUID = 2L;

        public Account {
            requireToken(accessToken, "An access token");
            Objects.requireNonNull(email, "email");
        }

        /** The same account with what a refresh answered with (a new CSRF token only if it sent one). */
        Account renewed(String newAccessToken, @Nullable String newCsrfToken) {
            return new Account(newAccessToken, newCsrfToken == null ? csrfToken : newCsrfToken, email);
        }

        @Override
        public String toString() {
            return "Account[email=" + email + ", accessToken=<hidden>, csrfToken=<hidden>]";
        }
    }

    private static void requireToken(String token, String what) {
        Objects.requireNonNull(token, what);
        if (token.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
