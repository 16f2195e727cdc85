package app.journal.application.port.in.session;

import app.journal.domain.session.RefreshId;
import app.journal.domain.session.SessionId;
import app.journal.domain.session.UserSession;
import app.journal.domain.user.User;

public interface RefreshSession {

    Outcome refresh(RefreshSessionCommand command);

    record RefreshSessionCommand(SessionId sessionId, RefreshId presented) {}

    sealed interface Outcome {
        /** The session now stands at {@code session.refreshId()}; hand out tokens for it. */
        record Refreshed(User user, UserSession session) implements Outcome {}

        record Rejected(Reason reason) implements Outcome {}
    }

    enum Reason {
        UNKNOWN_SESSION,
        EXPIRED,
        REVOKED,
        /** Revoked by its owner from another device (device list, "sign out all other devices"). */
        REVOKED_ELSEWHERE,
        REUSE_DETECTED,
        /** The owner's account is disabled (by an administrator): the session is over, and the client may say why. */
        ACCOUNT_DISABLED,
        /** Lost the compare-and-swap several times in a row: refused (not revoked); the client may retry. */
        CONTENDED
    }
}
