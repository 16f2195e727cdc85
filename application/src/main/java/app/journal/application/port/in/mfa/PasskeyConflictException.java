package app.journal.application.port.in.mfa;

import java.util.Objects;

/** The account's passkeys are not in the state the request needs. */
public final class PasskeyConflictException extends RuntimeException {

    public enum Conflict {
        /** The credential id is registered already (to this or another account). */
        ALREADY_REGISTERED,
        /** Removing it would leave the account no way to sign in (no password, last passkey). */
        LAST_SIGN_IN_METHOD,
        /** The account has no passkey to confirm with. */
        NO_PASSKEY
    }

    private final Conflict conflict;

    public PasskeyConflictException(Conflict conflict) {
        super(conflict.name(), null, false, false);
        this.conflict = Objects.requireNonNull(conflict, "conflict");
    }

    public Conflict conflict() {
        return conflict;
    }
}
