package app.journal.webui.api.devices;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One signed-in device of the account, as {@code GET /api/sessions} lists it.
 *
 * @param device  the device in words ("Firefox on Windows"); "Unknown device" when the API could not say
 * @param current whether this is the session this browser is signed in with (the API knows it by session
 *                id: never guessed from address or agent)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeviceSession(UUID id, @Nullable Instant createdAt, @Nullable Instant lastUsedAt,
        @Nullable Instant expiresAt, @Nullable String userAgent, String device, @Nullable String clientIp,
        boolean current) {

    static final String UNKNOWN_DEVICE = "Unknown device";

    public DeviceSession(UUID id, @Nullable Instant createdAt, @Nullable Instant lastUsedAt,
            @Nullable Instant expiresAt, @Nullable String userAgent, @Nullable String device,
            @Nullable String clientIp, boolean current) {
        this.id = id;
        this.createdAt = createdAt;
        this.lastUsedAt = lastUsedAt;
        this.expiresAt = expiresAt;
        this.userAgent = userAgent;
        this.device = device == null || device.isBlank() ? UNKNOWN_DEVICE : device.strip();
        this.clientIp = clientIp == null || clientIp.isBlank() ? null : clientIp.strip();
        this.current = current;
    }
}
