package app.journal.webui.api;

/** The API did not answer at all (connection refused, timeout, broken response). */
public final class ApiUnreachableException extends JournalApiException {

    ApiUnreachableException(Throwable cause) {
        super("The journal service is not reachable right now. Please try again in a moment.", cause);
    }
}
