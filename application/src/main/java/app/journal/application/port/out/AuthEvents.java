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
        RATE_LIMITED
    }
}
