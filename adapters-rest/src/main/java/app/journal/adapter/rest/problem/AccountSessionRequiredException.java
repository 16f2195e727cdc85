package app.journal.adapter.rest.problem;

/**
 * The route changes or reads an account as its holder (password, address, export, deletion): a demo
 * access token, which has no session, gets a 403 {@code forbidden}.
 */
public final class AccountSessionRequiredException extends RuntimeException {

    public AccountSessionRequiredException() {
        super("An account session is required");
    }
}
