package app.journal.application.port.out;

import app.journal.domain.passkey.CredentialId;
import app.journal.domain.passkey.Passkey;
import app.journal.domain.passkey.PasskeyName;
import app.journal.domain.passkey.UserHandle;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Accounts' passkeys and their WebAuthn user handles. A credential id belongs to one account (a unique key:
 * adding one that exists anywhere is refused).
 *
 * @see "docs/decisions/0021-passkeys.md"
 */
public interface Passkeys {

    /** The account's user handle, made (random, once) on first use; two racing calls get the same one. */
    UserHandle userHandleOf(UserId userId);

    /** The account a user handle belongs to. */
    Optional<UserId> ownerOf(UserHandle handle);

    /** Stores a new passkey; false, and nothing stored, when its credential id exists already (any account). */
    boolean add(Passkey passkey);

    /** The account's passkeys, oldest first. */
    List<Passkey> of(UserId userId);

    /** How many passkeys the account has. */
    int count(UserId userId);

    /** A passkey by its credential id, whichever account has it. */
    Optional<Passkey> find(CredentialId id);

    /**
     * After a checked use: one statement sets the counter, the backup state and the last use, only where the
     * stored counter is still {@code expectedSignatureCount} (two racing uses of one response: one wins).
     * True when this call did it.
     */
    boolean recordUse(CredentialId id, long expectedSignatureCount, long signatureCount, boolean backedUp,
            Instant now);

    /** Renames the account's passkey; false when the account has no such passkey. */
    boolean rename(UserId userId, CredentialId id, PasskeyName name);

    /** Removes the account's passkey; the removed one, empty when the account has no such passkey. */
    Optional<Passkey> remove(UserId userId, CredentialId id);
}
