package app.journal.webui.api;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in session is over: the refresh token was refused, or the API rejected even a freshly
 * renewed token, or there are no credentials. The tokens are gone; the person has to sign in again.
 */
public final class SessionEndedException extends JournalApiException {

    static final String MESSAGE = "Your session has ended. Please sign in again.";

    SessionEndedException(@Nullable Throwable cause) {
        super(MESSAGE, cause);
    }

    /** Whether the API said the session was signed out from another device. */
    public boolean signedOutElsewhere() {
        return getCause() instanceof ApiProblemException refused && refused.is(ApiProblemException.SESSION_REVOKED);
    }
}
