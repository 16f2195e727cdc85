package app.journal.application.port.in.mfa;

import app.journal.domain.session.SessionId;
import app.journal.domain.user.UserId;

/**
 * The one check before a sensitive operation: did this session confirm it is its person within the window?
 * The time is the server's record for the session ({@link ConfirmIdentity}), not anything the client sends.
 */
public interface ConfirmationGate {

    /** @throws ReauthenticationRequiredException when the session is not confirmed now */
    void require(UserId userId, SessionId sessionId);
}
