package app.journal.application.port.in.account;

import app.journal.domain.session.SessionId;
import app.journal.domain.session.UserSession;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Read-only questions about accounts and their sessions. */
public interface AccountQueries {

    Optional<User> user(UserId id);

    /** The user's sessions that are still usable now (not revoked, not expired), most recently used first. */
    List<UserSession> activeSessions(UserId id);

    /** Whether this session may still be used (access tokens of a revoked session stop working). */
    boolean isSessionActive(SessionId id);

    /**
     * Until when this session is active unless it ends sooner by revocation: the earlier of its
     * absolute expiry and its idle deadline ({@link UserSession#liveUntil}); empty when it is not active
     * now (unknown, revoked or expired). What a node may remember about the session, and for how long.
     */
    Optional<Instant> sessionLiveUntil(SessionId id);
}
