package app.journal.application.port.in.admin;

/** The last administrator cannot lose the role. */
public final class LastAdminException extends RuntimeException {

    public LastAdminException() {
        super("The last administrator cannot lose the role.");
    }
}
