package app.journal.webui.api.account;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One thing that happened to the account, as {@code GET /api/me/activity} lists it.
 *
 * @param kind      what happened: {@code signed_in}, {@code sign_in_refused}, {@code signed_out},
 *                  {@code session_revoked}, {@code other_sessions_revoked}, {@code refresh_token_replayed},
 *                  {@code email_verified}, and kinds added later (shown plainly)
 * @param count     attempts in the window for {@code sign_in_refused}, otherwise 1
 * @param newDevice for {@code signed_in}: whether the account had not used this device before
 * @param method    for {@code signed_in}: how, when the API says ({@code passkey}); {@code null} otherwise
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActivityItem(@Nullable UUID id, @Nullable Instant at, @Nullable String kind, @Nullable String device,
        @Nullable String clientIp, @Nullable UUID sessionId, int count, boolean newDevice, @Nullable String method) {

    public ActivityItem {
        kind = kind == null ? "" : kind.strip();
        method = blankToNull(method);
        device = blankToNull(device);
        clientIp = blankToNull(clientIp);
        count = Math.max(1, count);
    }

    /** An item that does not say how (every kind but a sign-in). */
    public ActivityItem(@Nullable UUID id, @Nullable Instant at, @Nullable String kind, @Nullable String device,
            @Nullable String clientIp, @Nullable UUID sessionId, int count, boolean newDevice) {
        this(id, at, kind, device, clientIp, sessionId, count, newDevice, null);
    }

    /**
     * From the API's JSON, where {@code count} and {@code newDevice} may be missing or {@code null}, and the
     * way of a sign-in is {@code method} (or, from an API that calls it so, {@code detail}).
     */
    @JsonCreator
    static ActivityItem fromJson(@JsonProperty("id") @Nullable UUID id, @JsonProperty("at") @Nullable Instant at,
            @JsonProperty("kind") @Nullable String kind, @JsonProperty("device") @Nullable String device,
            @JsonProperty("clientIp") @Nullable String clientIp, @JsonProperty("sessionId") @Nullable UUID sessionId,
            @JsonProperty("count") @Nullable Integer count, @JsonProperty("newDevice") @Nullable Boolean newDevice,
            @JsonProperty("method") @Nullable String method, @JsonProperty("detail") @Nullable String detail) {
        return new ActivityItem(id, at, kind, device, clientIp, sessionId, count == null ? 1 : count,
                Boolean.TRUE.equals(newDevice), method != null && !method.isBlank() ? method : detail);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
