package app.journal.adapter.rest.security;

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
}
