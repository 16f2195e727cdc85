package app.journal.application.port.out;

import app.journal.domain.session.RevokeReason;

/** What operators count: sign-ins, failures, rotations, revocations, replays. */
public interface AuthEvents {

    void loginSucceeded();

    void loginFailed(LoginFailure reason);

    void refreshRotated();

    void sessionRevoked(RevokeReason reason);

    void refreshReuseDetected();

    enum LoginFailure {
        UNKNOWN_EMAIL,
        BAD_PASSWORD,
        UNVERIFIED,
        DISABLED,
        NO_PASSWORD,
        RATE_LIMITED,
        /** A passkey did not work (any reason: one answer). */
        PASSKEY
    }

    /** A second sign-in step (or a confirmation with a code) was asked for, passed or failed. */
    default void secondStep(SecondStepEvent event) {}

    enum SecondStepEvent {
        /** A right password met an account with two-step verification: a second step was asked for. */
        CHALLENGED,
        /** The second step passed with the authenticator app's code. */
        SUCCEEDED,
        /** The code (or recovery code) did not work. */
        FAILED,
        /** The second step passed with a recovery code. */
        RECOVERY_CODE_USED
    }
}
