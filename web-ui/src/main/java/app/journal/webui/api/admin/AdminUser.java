package app.journal.webui.api.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One account as {@code GET /api/admin/users} lists it (and as {@code GET /api/admin/users/{id}} describes it
 * under {@code account}).
 *
 * @param lastSignInAt   {@code null} when it never signed in
 * @param passkeys       how many passkeys it has
 * @param activeSessions how many devices are signed in
 * @param disabledReason the reason given when it was disabled, if it is and the API says
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdminUser(UUID id, String email, @Nullable Instant createdAt, @Nullable Instant lastSignInAt,
        boolean verified, boolean twoStep, int passkeys, boolean disabled, boolean admin, int activeSessions,
        @Nullable String disabledReason) {

    public AdminUser {
        email = email == null ? "" : email;
        passkeys = Math.max(0, passkeys);
        activeSessions = Math.max(0, activeSessions);
        disabledReason = disabledReason == null || disabledReason.isBlank() ? null : disabledReason.strip();
    }
}
