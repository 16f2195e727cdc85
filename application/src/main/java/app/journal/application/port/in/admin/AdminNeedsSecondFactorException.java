package app.journal.application.port.in.admin;

/** An administrator needs two-step verification or a passkey first. */
public final class AdminNeedsSecondFactorException extends RuntimeException {

    public AdminNeedsSecondFactorException() {
        super("An administrator needs two-step verification or a passkey first.");
    }
}
