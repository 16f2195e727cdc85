package app.journal.application.port.out;

import app.journal.domain.passkey.CredentialId;
import app.journal.domain.passkey.UserHandle;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The WebAuthn relying party: makes the options a browser's {@code navigator.credentials.create/get} takes
 * and checks what comes back (challenge, origin, RP ID, user presence and verification, signature,
 * attestation policy). Its relying-party ID and allowed origins come from {@code journal.public-base-url}
 * and {@code journal.passkeys.*}. It keeps no state: the options it made are stored by the caller (in
 * {@link PasskeyCeremonies}) and handed back to the verify methods.
 *
 * <p>Every JSON here is WebAuthn Level 3's JSON form: options as
 * {@code PublicKeyCredential.parseCreationOptionsFromJSON/parseRequestOptionsFromJSON} read them, responses
 * as {@code PublicKeyCredential.toJSON()} writes them.
 *
 * @see "docs/decisions/0021-passkeys.md"
 */
public interface RelyingParty {

    /**
     * Options for making a passkey: a fresh challenge, resident key and user verification required,
     * attestation as configured, {@code excludeCredentials} = the account's passkeys.
     */
    Options registrationOptions(UserHandle user, String name, String displayName, List<CredentialId> exclude);

    /**
     * Options for using a passkey: a fresh challenge, user verification required, {@code allowCredentials}
     * = {@code allow} (empty: any discoverable passkey of this site, for a sign-in without an address).
     */
    Options assertionOptions(List<CredentialId> allow);

    /**
     * Checks a registration response against the options it answers.
     *
     * @throws PasskeyRejectedException when it is malformed or fails any check
     */
    NewCredential verifyRegistration(String optionsJson, String responseJson);

    /**
     * Reads which credential (and, for a discoverable one, which user handle) an assertion response names,
     * without checking it, so the caller can find the stored passkey.
     *
     * @throws PasskeyRejectedException when it is malformed
     */
    AssertionClaim claimOf(String responseJson);

    /**
     * Checks an assertion response against the options it answers and the stored passkey: signature with its
     * public key, challenge, origin, RP ID, user verification and the signature counter.
     *
     * @throws PasskeyRejectedException when it is malformed or fails any check
     *         ({@link Reason#COUNTER_REGRESSED} when the counter went backwards)
     */
    VerifiedAssertion verifyAssertion(String optionsJson, String responseJson, StoredCredential credential);

    /** Options to send to the browser (and keep, to verify its answer against). */
    record Options(String json) {
        public Options {
            Objects.requireNonNull(json, "json");
        }
    }

    /** A checked new passkey. */
    record NewCredential(CredentialId id, byte[] publicKeyCose, long signatureCount, @Nullable UUID aaguid,
            Set<String> transports, boolean backupEligible, boolean backedUp, boolean userVerified) {
        public NewCredential {
            Objects.requireNonNull(id, "id");
            publicKeyCose = publicKeyCose.clone();
            transports = Set.copyOf(transports);
        }

        @Override
        public byte[] publicKeyCose() {
            return publicKeyCose.clone();
        }
    }

    /** What an assertion says it is, unchecked. */
    record AssertionClaim(CredentialId credentialId, @Nullable UserHandle userHandle) {
        public AssertionClaim {
            Objects.requireNonNull(credentialId, "credentialId");
        }
    }

    /** The stored passkey an assertion is checked against. */
    record StoredCredential(CredentialId id, UserHandle userHandle, byte[] publicKeyCose, long signatureCount,
            boolean userVerified, boolean backupEligible, boolean backedUp, Set<String> transports) {
        public StoredCredential {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(userHandle, "userHandle");
            publicKeyCose = publicKeyCose.clone();
            transports = Set.copyOf(transports);
        }

        @Override
        public byte[] publicKeyCose() {
            return publicKeyCose.clone();
        }
    }

    /** A checked assertion: the counter and backup state to store, and whether the person was verified. */
    record VerifiedAssertion(long signatureCount, boolean backedUp, boolean userVerified) {}

    /** Why a response was refused; never carries the response itself. */
    enum Reason {
        /** Not WebAuthn JSON, bad base64url, bad CBOR, missing fields. */
        MALFORMED,
        /** The challenge is not the one of these options. */
        CHALLENGE,
        /** The origin is not one of the allowed origins. */
        ORIGIN,
        /** The RP ID hash is not this relying party's. */
        RP_ID,
        /** The authenticator did not verify the person (UV flag missing). */
        USER_VERIFICATION,
        /** The signature (or the attestation) does not check out. */
        SIGNATURE,
        /** The signature counter went backwards: perhaps a cloned authenticator. */
        COUNTER_REGRESSED,
        /** The authenticator model is not in the configured allowlist. */
        AUTHENTICATOR_NOT_ALLOWED,
        /** Any other check of the library. */
        OTHER
    }

    /** A response that is refused, with the reason. */
    final class PasskeyRejectedException extends RuntimeException {

        private final Reason reason;

        public PasskeyRejectedException(Reason reason, String message, @Nullable Throwable cause) {
            super(message, cause, false, false);
            this.reason = Objects.requireNonNull(reason, "reason");
        }

        public Reason reason() {
            return reason;
        }
    }
}
