package app.journal.application.port.in;

import app.journal.domain.session.SessionId;

public interface LogOut {

    /** Ends the session; ending one that is already over is fine. */
    void logOut(SessionId sessionId, ClientInfo client);
}
