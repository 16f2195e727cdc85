package app.journal.application.port.in.session;

import app.journal.domain.session.SessionId;
import app.journal.domain.user.UserId;
import app.journal.application.port.in.ClientInfo;

public interface RevokeSession {

    /**
     * Signs out one of the owner's sessions; {@code client} is the device that asked.
     *
     * @throws SessionNotFoundException when the owner has no such session
     */
    void revoke(UserId owner, SessionId sessionId, ClientInfo client);

    final class SessionNotFoundException extends RuntimeException {
        public SessionNotFoundException() {
            super("No such session");
        }
    }
}
