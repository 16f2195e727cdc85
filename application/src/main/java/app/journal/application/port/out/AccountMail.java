package app.journal.application.port.out;

import app.journal.domain.session.SessionId;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Every mail Journal sends to an account holder. Each kind says what happened; none carries a live
 * secret: a link's token is minted when the mail is delivered, so the outbox holds nothing that could
 * be replayed.
 */
public sealed interface AccountMail
        permits AccountMail.Verification, AccountMail.NewDeviceSignIn, AccountMail.RefreshTokenReplayed,
                AccountMail.OtherDevicesSignedOut {

    /** The account the mail is about. */
    UserId userId();

    /** Where it goes. */
    EmailAddress to();

    /** "Confirm your address": the link's token is minted at delivery from (userId, to). */
    record Verification(UserId userId, EmailAddress to) implements AccountMail {
        public Verification {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(to, "to");
        }
    }

    /** A sign-in from a device this account had not used before. */
    record NewDeviceSignIn(UserId userId, EmailAddress to, Instant at, String device, @Nullable String clientIp,
            SessionId sessionId) implements AccountMail {
        public NewDeviceSignIn {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(device, "device");
            Objects.requireNonNull(sessionId, "sessionId");
        }
    }

    /**
     * An old refresh token of a session was presented again (a copy was stolen, or a device misbehaves):
     * that session was signed out.
     */
    record RefreshTokenReplayed(UserId userId, EmailAddress to, Instant at, String device, @Nullable String clientIp,
            SessionId sessionId) implements AccountMail {
        public RefreshTokenReplayed {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(device, "device");
            Objects.requireNonNull(sessionId, "sessionId");
        }
    }

    /** The person signed out every other device; {@code device}/{@code clientIp} are the one that asked. */
    record OtherDevicesSignedOut(UserId userId, EmailAddress to, Instant at, String device, @Nullable String clientIp,
            int signedOut) implements AccountMail {
        public OtherDevicesSignedOut {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(device, "device");
        }
    }
}
