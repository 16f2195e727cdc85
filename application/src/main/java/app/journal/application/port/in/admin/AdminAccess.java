package app.journal.application.port.in.admin;

import app.journal.application.port.in.ClientInfo;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.UserId;

/** The guard of every administrators' route: the account's state now, not what its token said at sign-in. */
public interface AdminAccess {

    /**
     * @throws AdminOnlyException unless the account exists, is not disabled and holds the admin role now
     * @throws AdminNeedsSecondFactorException when a second factor is required and the account has none
     */
    AdminCaller check(UserId userId, SessionId sessionId, ClientInfo client);
}
