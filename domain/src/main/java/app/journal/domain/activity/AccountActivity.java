package app.journal.domain.activity;

import app.journal.domain.session.SessionId;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of an account's security activity: when, what, from which device (in words) and address,
 * and the session it concerns.
 *
 * @param count how many attempts the row stands for: the refused sign-ins of its window, otherwise 1
 * @param newDevice for {@link ActivityKind#SIGNED_IN}: the account had not signed in with this device before
 */
public record AccountActivity(
        ActivityId id,
        UserId userId,
        Instant at,
        ActivityKind kind,
        String device,
        @Nullable String clientIp,
        @Nullable SessionId sessionId,
        int count,
        boolean newDevice) {

    public AccountActivity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(device, "device");
        if (count < 1) {
            throw new IllegalArgumentException("an activity stands for at least one event, not " + count);
        }
        if (newDevice && kind != ActivityKind.SIGNED_IN) {
            throw new IllegalArgumentException("only a sign-in can be from a new device");
        }
    }

    /** A single event of {@code kind} (not a sign-in: see {@link #signedIn}). */
    public static AccountActivity of(UserId userId, Instant at, ActivityKind kind, String device,
            @Nullable String clientIp, @Nullable SessionId sessionId) {
        return new AccountActivity(ActivityId.random(), userId, at, kind, device, clientIp, sessionId, 1, false);
    }

    public static AccountActivity signedIn(UserId userId, Instant at, String device, @Nullable String clientIp,
            SessionId sessionId, boolean newDevice) {
        return new AccountActivity(ActivityId.random(), userId, at, ActivityKind.SIGNED_IN, device, clientIp,
                sessionId, 1, newDevice);
    }
}
