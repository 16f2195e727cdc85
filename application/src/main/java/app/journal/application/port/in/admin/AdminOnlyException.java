package app.journal.application.port.in.admin;

/** Only administrators may do this (the account holds no admin role now, or is disabled). */
public final class AdminOnlyException extends RuntimeException {

    public AdminOnlyException() {
        super("Only administrators may do this (the account holds no admin role now, or is disabled).");
    }
}
