package app.journal.webui.api;

/**
 * The API could not do what was asked: either it answered with a problem, or it could not be reached.
 * Views catch this one type and show {@link #getMessage()} to the person.
 */
public abstract sealed class JournalApiException extends RuntimeException
        permits ApiProblemException, ApiUnreachableException {

    JournalApiException(String message, Throwable cause) {
        super(message, cause);
    }

    JournalApiException(String message) {
        super(message);
    }
}
