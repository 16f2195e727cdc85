package app.journal.application.port.in.session;

import app.journal.domain.session.SessionId;
import app.journal.domain.user.UserId;
import app.journal.application.port.in.ClientInfo;

/** "Sign out all other devices": every other active session of the account ends; the caller's stays. */
public interface RevokeOtherSessions {

    /**
     * @return how many sessions were signed out
     * @throws RevokeSession.SessionNotFoundException when {@code current} is not an active session of the owner
     */
    int revokeOthers(UserId owner, SessionId current, ClientInfo client);
}
