package app.journal.application.port.in.mfa;

import java.util.Objects;

/** The account's two-step verification is not in the state the request needs. */
public final class TwoStepConflictException extends RuntimeException {

    public enum Conflict {
        ALREADY_ENABLED,
        NOT_ENABLED,
        SETUP_REQUIRED
    }

    private final Conflict conflict;

    public TwoStepConflictException(Conflict conflict) {
        super(conflict.name(), null, false, false);
        this.conflict = Objects.requireNonNull(conflict, "conflict");
    }

    public Conflict conflict() {
        return conflict;
    }
}
