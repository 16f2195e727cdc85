package app.journal.application.port.in.session;

import app.journal.domain.session.SessionId;
import app.journal.application.port.in.ClientInfo;

public interface LogOut {

    /** Ends the session; ending one that is already over is fine. */
    void logOut(SessionId sessionId, ClientInfo client);
}
