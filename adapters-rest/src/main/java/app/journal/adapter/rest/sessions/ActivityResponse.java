package app.journal.adapter.rest.sessions;

import app.journal.domain.activity.AccountActivity;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One row of the account's security activity. {@code kind}: signed_in, sign_in_refused, signed_out,
 * session_revoked, other_sessions_revoked, refresh_token_replayed, email_verified. {@code count}: the
 * attempts of the window for sign_in_refused, otherwise 1. {@code newDevice}: only meaningful on signed_in.
 */
public record ActivityResponse(UUID id, Instant at, String kind, String device, @Nullable String clientIp,
        @Nullable UUID sessionId, int count, boolean newDevice) {

    public static ActivityResponse from(AccountActivity row) {
        return new ActivityResponse(row.id().value(), row.at(), row.kind().code(), row.device(), row.clientIp(),
                row.sessionId() == null ? null : row.sessionId().value(), row.count(), row.newDevice());
    }
}
