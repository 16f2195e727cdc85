package app.journal.application.port.in.mfa;

import app.journal.application.port.in.ClientInfo;
import app.journal.domain.passkey.Passkey;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.UserId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Passkeys on one's own account: list, add (a two-request ceremony begun from a confirmed session), rename,
 * remove (from a confirmed session, never the last way to sign in).
 *
 * @see "docs/decisions/0021-passkeys.md"
 */
public interface ManagePasskeys {

    /** The account's passkeys, oldest first. */
    List<Passkey> list(UserId userId);

    /**
     * Begins adding a passkey: options with the account's user handle, its passkeys excluded.
     *
     * @throws ReauthenticationRequiredException unless the session is confirmed
     */
    PasskeyOptions registrationOptions(UserId userId, SessionId sessionId);

    /**
     * Finishes adding one: the ceremony must be this session's, the response must check out.
     *
     * @param name what the person called it; null or blank: the device the request came from
     * @throws PasskeyFailedException when the ceremony or the response is not accepted
     * @throws PasskeyConflictException ({@code ALREADY_REGISTERED}) when the credential exists already
     */
    Passkey register(UserId userId, SessionId sessionId, UUID ceremonyId, String credentialJson,
            @Nullable String name, ClientInfo client);

    /**
     * @throws app.journal.domain.InvalidValueException (field {@code name}) for a bad name
     * @throws app.journal.application.port.in.session.RevokeSession.SessionNotFoundException when the account
     *         has no such passkey
     */
    Passkey rename(UserId userId, String credentialId, String name, ClientInfo client);

    /**
     * @throws ReauthenticationRequiredException unless the session is confirmed
     * @throws PasskeyConflictException ({@code LAST_SIGN_IN_METHOD}) when it is the account's last way to sign in
     * @throws app.journal.application.port.in.session.RevokeSession.SessionNotFoundException when the account
     *         has no such passkey
     */
    void remove(UserId userId, SessionId sessionId, String credentialId, ClientInfo client);
}
