package app.journal.application.port.in;

/**
 * A signed-in change (password, address, deletion) named the wrong current password. Not a 401: the
 * caller's access token is fine, and 401 tells clients to renew it.
 */
public final class CurrentPasswordIncorrectException extends RuntimeException {

    public CurrentPasswordIncorrectException() {
        super("The current password is not correct");
    }
}
