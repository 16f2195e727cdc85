package app.journal.application.port.in.admin;

import app.journal.application.port.in.ClientInfo;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.UserId;
import java.util.Objects;

/**
 * An administrator as {@link AdminAccess#check} found them in the database just now: every admin use case takes
 * one, so none can run for a caller that was not checked.
 */
public record AdminCaller(UserId userId, EmailAddress email, SessionId sessionId, ClientInfo client) {

    public AdminCaller {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(client, "client");
    }
}
