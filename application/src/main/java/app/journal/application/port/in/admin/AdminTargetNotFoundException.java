package app.journal.application.port.in.admin;

/** There is no such account. */
public final class AdminTargetNotFoundException extends RuntimeException {

    public AdminTargetNotFoundException() {
        super("There is no such account.");
    }
}
