package app.journal.domain.passkey;

import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A passkey of an account, as stored: what the relying party needs to check the next sign-in (public key,
 * signature count, flags) and what the person sees (name, when added and last used, synced or not).
 *
 * @param publicKeyCose the credential's public key, COSE-encoded, as the authenticator gave it
 * @param aaguid the authenticator model, when it said (attestation "none" often gives all zeros)
 * @param transports how the browser may reach the authenticator ("internal", "hybrid", "usb"...)
 * @param backupEligible the authenticator may sync it (BE flag)
 * @param backedUp it is synced now (BS flag): a "synced passkey" rather than one bound to this device
 * @param lastUsedAt null until the first sign-in or confirmation with it
 */
public record Passkey(CredentialId id, UserId userId, PasskeyName name, byte[] publicKeyCose, long signatureCount,
        @Nullable UUID aaguid, Set<String> transports, boolean backupEligible, boolean backedUp,
        boolean userVerified, Instant createdAt, @Nullable Instant lastUsedAt) {

    public Passkey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(publicKeyCose, "publicKeyCose");
        Objects.requireNonNull(createdAt, "createdAt");
        publicKeyCose = publicKeyCose.clone();
        transports = Set.copyOf(transports);
        if (signatureCount < 0) {
            throw new IllegalArgumentException("signatureCount is never negative");
        }
    }

    @Override
    public byte[] publicKeyCose() {
        return publicKeyCose.clone();
    }

    /** Synced across the person's devices (backed up), rather than bound to the one it was made on. */
    public boolean synced() {
        return backedUp;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Passkey that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Passkey[id=" + id + ", userId=" + userId + ", name=" + name + "]";
    }
}
