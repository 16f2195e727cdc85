package app.journal.webui.api.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the administrators' audit log ({@code GET /api/admin/audit}).
 *
 * @param actorEmail  who did it; {@code configuration} for a role given by the setting
 * @param action      what, as the API names it ({@code disable}, {@code grant_admin}, ...)
 * @param targetEmail to whom, if to an account
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuditEntry(@Nullable String id, @Nullable Instant at, String actorEmail, String action,
        @Nullable String targetEmail, @Nullable String reason, @Nullable String clientIp) {

    public AuditEntry {
        actorEmail = actorEmail == null ? "" : actorEmail;
        action = action == null ? "" : action.strip();
    }
}
