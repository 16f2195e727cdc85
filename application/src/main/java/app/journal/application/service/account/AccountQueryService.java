package app.journal.application.service.account;

import app.journal.application.port.in.account.AccountQueries;
import app.journal.application.port.out.UserSessions;
import app.journal.application.port.out.Users;
import app.journal.domain.session.SessionId;
import app.journal.domain.session.SessionPolicy;
import app.journal.domain.session.UserSession;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class AccountQueryService implements AccountQueries {

    private final Users users;
    private final UserSessions sessions;
    private final SessionPolicy policy;
    private final Clock clock;

    public AccountQueryService(Users users, UserSessions sessions, SessionPolicy policy, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public Optional<User> user(UserId id) {
        return users.findById(id);
    }

    @Override
    public List<UserSession> activeSessions(UserId id) {
        var now = clock.instant();
        return sessions.unrevokedOf(id, now).stream().filter(s -> s.isActive(now, policy)).toList();
    }

    @Override
    public boolean isSessionActive(SessionId id) {
        var now = clock.instant();
        return sessions.find(id).map(s -> s.isActive(now, policy)).orElse(false);
    }

    @Override
    public Optional<Instant> sessionLiveUntil(SessionId id) {
        var now = clock.instant();
        return sessions.find(id).filter(s -> s.isActive(now, policy)).map(s -> s.liveUntil(policy));
    }
}
