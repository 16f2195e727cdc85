package app.journal.adapter.rest.token;

/**
 * A token that must not be honoured: bad signature, wrong algorithm, type, audience or issuer,
 * expired, not yet valid, malformed. The message is for logs at DEBUG; clients only ever get a
 * generic 401.
 */
public final class InvalidTokenException extends RuntimeException {

    public InvalidTokenException(String message) {
        super(message);
    }

    public InvalidTokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
