package app.journal.application.port.in.mfa;

import app.journal.application.port.in.ClientInfo;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.UUID;

/**
 * "Confirm it's you" with one of the account's own passkeys instead of the password (a user-verified passkey
 * is two factors, so also with two-step verification on): the session is then confirmed exactly as
 * {@link ConfirmIdentity} confirms it.
 */
public interface ConfirmWithPasskey {

    /** @throws PasskeyConflictException ({@code NO_PASSKEY}) when the account has none */
    PasskeyOptions options(UserId userId, SessionId sessionId);

    /**
     * @return until when this session counts as confirmed
     * @throws PasskeyFailedException for another account's passkey, an unknown ceremony or a failed check
     */
    Instant confirm(UserId userId, SessionId sessionId, UUID ceremonyId, String credentialJson, ClientInfo client);
}
