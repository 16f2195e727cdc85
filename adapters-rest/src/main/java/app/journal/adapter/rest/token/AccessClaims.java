package app.journal.adapter.rest.token;

import app.journal.domain.session.SessionId;
import app.journal.domain.user.Role;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a valid access token says. {@code sessionId} is absent for demo-mode tokens. */
public record AccessClaims(UserId userId, @Nullable SessionId sessionId, Set<Role> roles, Instant expiresAt) {

    public AccessClaims {
        roles = Set.copyOf(roles);
    }
}
