package app.journal.webui.api;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/**
 * How the current browser session talks to the API. Kept in server memory only, attached to the
 * browser's Vaadin session, never sent to the browser.
 *
 * <p>Sealed so that a later kind (a signed-in person with a refresh token) has to be handled
 * wherever credentials are renewed.
 */
public sealed interface SessionCredentials extends Serializable permits SessionCredentials.Demo {

    /** The bearer token for {@code Authorization} headers. */
    String accessToken();

    /** The shared demo account, obtained from {@code POST /api/demo/session}; renewed by asking again. */
    record Demo(String accessToken) implements SessionCredentials {

        @Serial
        private static final long serialVersionUID = 1L;

        public Demo {
            Objects.requireNonNull(accessToken, "accessToken");
            if (accessToken.isBlank()) {
                throw new IllegalArgumentException("A demo access token must not be blank");
            }
        }

        @Override
        public String toString() {
            return "Demo[accessToken=<hidden>]";
        }
    }
}
