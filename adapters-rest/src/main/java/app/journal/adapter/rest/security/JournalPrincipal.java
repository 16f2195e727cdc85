package app.journal.adapter.rest.security;

import app.journal.adapter.rest.problem.AccountSessionRequiredException;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.Role;
import app.journal.domain.user.UserId;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Who is calling, as the access token says. {@code sessionId} is absent for demo tokens. */
public record JournalPrincipal(UserId userId, @Nullable SessionId sessionId, Set<Role> roles) {

    public JournalPrincipal {
        roles = Set.copyOf(roles);
    }

    /**
     * The caller's session, for routes that act as the account holder (password, address, export, deletion,
     * two-step verification).
     *
     * @throws AccountSessionRequiredException for a demo token, which has no session (403 {@code forbidden})
     */
    public SessionId accountSession() {
        if (sessionId == null) {
            throw new AccountSessionRequiredException();
        }
        return sessionId;
    }
}
