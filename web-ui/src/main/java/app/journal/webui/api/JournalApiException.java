package app.journal.webui.api;

import org.jspecify.annotations.Nullable;

/**
 * The API could not do what was asked: it answered with a problem, it could not be reached, or the
 * signed-in session is over. Views catch this one type and show {@link #getMessage()} to the person
 * (and send them to the sign-in page on {@link SessionEndedException}).
 */
public abstract sealed class JournalApiException extends RuntimeException
        permits ApiProblemException, ApiUnreachableException, SessionEndedException {

    JournalApiException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    JournalApiException(String message) {
        super(message);
    }
}
