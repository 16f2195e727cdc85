package app.journal.webui.api;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

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
     * A person signed in with their own account ({@code POST /api/auth/login}). Renewed with the refresh
     * token, which the API rotates: every renewal brings a new pair and the old refresh token is spent.
     *
     * @param email the account's address as the API knows it, to show who is signed in
     */
    record Account(String accessToken, String refreshToken, String email) implements SessionCredentials {

        @Serial
        private static final long serialVersionUID = 1L;

        public Account {
            requireToken(accessToken, "An access token");
            requireToken(refreshToken, "A refresh token");
            Objects.requireNonNull(email, "email");
        }

        /** The same account with the pair a refresh answered with. */
        Account renewed(String newAccessToken, String newRefreshToken) {
            return new Account(newAccessToken, newRefreshToken, email);
        }

        @Override
        public String toString() {
            return "Account[email=" + email + ", accessToken=<hidden>, refreshToken=<hidden>]";
        }
    }

    private static void requireToken(String token, String what) {
        Objects.requireNonNull(token, what);
        if (token.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
