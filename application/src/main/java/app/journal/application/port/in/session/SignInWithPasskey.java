package app.journal.application.port.in.session;

import app.journal.application.port.in.mfa.PasskeyOptions;
import app.journal.domain.session.SessionPersistence;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Signing in with a passkey, no address and no password (a discoverable credential): options first, then the
 * browser's answer. A user-verified passkey is two factors, so it never asks for the second step; the session
 * begins exactly as a password sign-in's does.
 *
 * @see "docs/decisions/0021-passkeys.md"
 */
public interface SignInWithPasskey {

    /** @throws app.journal.application.port.in.RateLimitedException when this client asks too often */
    PasskeyOptions options(String clientKey);

    /** Signed in, or {@link SignInResult.Refusal#PASSKEY} (one answer for every way it can fail). */
    SignInResult finish(FinishCommand command);

    record FinishCommand(UUID ceremonyId, String credentialJson, @Nullable String userAgent,
            @Nullable String clientIp, SessionPersistence persistence) {
        public FinishCommand {
            Objects.requireNonNull(ceremonyId, "ceremonyId");
            Objects.requireNonNull(credentialJson, "credentialJson");
            Objects.requireNonNull(persistence, "persistence");
        }

        @Override
        public String toString() {
            return "FinishCommand[ceremonyId=" + ceremonyId + ", credential=redacted]";
        }
    }
}
