package app.journal.webui.api.admin;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
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

    /** From the API's JSON, where a flag or a count may be missing or {@code null}. */
    @JsonCreator
    static AdminUser fromJson(@JsonProperty("id") UUID id, @JsonProperty("email") @Nullable String email,
            @JsonProperty("createdAt") @Nullable Instant createdAt,
            @JsonProperty("lastSignInAt") @Nullable Instant lastSignInAt,
            @JsonProperty("verified") @Nullable Boolean verified, @JsonProperty("twoStep") @Nullable Boolean twoStep,
            @JsonProperty("passkeys") @Nullable Integer passkeys, @JsonProperty("disabled") @Nullable Boolean disabled,
            @JsonProperty("admin") @Nullable Boolean admin, @JsonProperty("activeSessions") @Nullable Integer activeSessions,
            @JsonProperty("disabledReason") @Nullable String disabledReason) {
        return new AdminUser(id, email == null ? "" : email, createdAt, lastSignInAt, Boolean.TRUE.equals(verified),
                Boolean.TRUE.equals(twoStep), passkeys == null ? 0 : passkeys, Boolean.TRUE.equals(disabled),
                Boolean.TRUE.equals(admin), activeSessions == null ? 0 : activeSessions, disabledReason);
    }
}
