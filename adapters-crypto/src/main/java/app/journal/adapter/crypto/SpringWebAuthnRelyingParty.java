package app.journal.adapter.crypto;

import app.journal.application.port.out.RelyingParty;
import app.journal.domain.passkey.CredentialId;
import app.journal.domain.passkey.SignatureCount;
import app.journal.domain.passkey.UserHandle;
import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.AuthenticatorDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.verifier.attestation.statement.androidkey.AndroidKeyAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.statement.androidsafetynet.AndroidSafetyNetAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.statement.apple.AppleAnonymousAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.statement.none.NoneAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.statement.packed.PackedAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.statement.tpm.TPMAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.statement.u2f.FIDOU2FAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.trustworthiness.certpath.NullCertPathTrustworthinessVerifier;
import com.webauthn4j.verifier.attestation.trustworthiness.self.DefaultSelfAttestationTrustworthinessVerifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.webauthn.api.AttestationConveyancePreference;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialDescriptor;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The WebAuthn relying party on Spring Security's WebAuthn support, used as a library (never its filters).
 *
 * <p>Options come from Spring's {@link Webauthn4JRelyingPartyOperations}, fed per call with one-shot
 * in-memory repositories built from the arguments (this class keeps no state between calls), and are
 * written with Spring's Jackson module (Jackson 3, which webauthn4j brings too) as WebAuthn Level 3 JSON.
 *
 * <p>Verification goes one level down, to webauthn4j's {@link WebAuthnManager} (the engine Spring's
 * operations call), because Spring's operations cannot express what this port needs: its option types
 * cannot be read back from the JSON the caller stored (its Jackson module only writes them), its
 * {@code authenticate} re-reads a stored attestation object where Journal stores the COSE key, and it
 * answers neither the new counter nor the UV and backup flags. webauthn4j reads the browser's
 * {@code toJSON()} form itself and throws one exception type per failed check, which maps onto
 * {@link Reason}. Every failure, including garbage, leaves as {@link PasskeyRejectedException}; its message
 * names the check, never the response.
 *
 * <p>Attestation statements are checked (their signatures, self attestation allowed) but not chained to a
 * trust anchor (no FIDO metadata here), so the AAGUID allowlist keeps honest authenticators in line rather
 * than proving the model.
 *
 * @see "docs/decisions/0021-passkeys.md"
 */
public final class SpringWebAuthnRelyingParty implements RelyingParty {

    private static final Base64.Decoder BASE64URL = Base64.getUrlDecoder();

    private final PasskeySettings settings;
    private final PublicKeyCredentialRpEntity rp;
    private final Set<Origin> origins;
    private final WebAuthnManager webAuthn;
    private final ObjectConverter converter;
    private final JsonMapper json;

    public SpringWebAuthnRelyingParty(PasskeySettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.rp = PublicKeyCredentialRpEntity.builder().id(settings.rpId()).name(settings.rpName()).build();
        this.origins = settings.allowedOrigins().stream().map(Origin::new).collect(Collectors.toUnmodifiableSet());
        this.converter = new ObjectConverter();
        // Spring's default (createNonStrictWebAuthnManager) skips attestation signatures altogether; here every
        // format's signature is checked, while certificate chains are not (no trust anchors are configured).
        this.webAuthn = new WebAuthnManager(
                List.of(new NoneAttestationStatementVerifier(), new PackedAttestationStatementVerifier(),
                        new FIDOU2FAttestationStatementVerifier(), new TPMAttestationStatementVerifier(),
                        new AndroidKeyAttestationStatementVerifier(), new AndroidSafetyNetAttestationStatementVerifier(),
                        new AppleAnonymousAttestationStatementVerifier()),
                new NullCertPathTrustworthinessVerifier(), new DefaultSelfAttestationTrustworthinessVerifier(), converter);
        this.json = JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();
    }

    @Override
    public Options registrationOptions(UserHandle user, String name, String displayName, List<CredentialId> exclude) {
        Bytes userId = new Bytes(user.bytes());
        PublicKeyCredentialUserEntity entity = ImmutablePublicKeyCredentialUserEntity.builder()
                .id(userId).name(name).displayName(displayName).build();
        List<CredentialRecord> excluded = exclude.stream()
                .map(id -> (CredentialRecord) ImmutableCredentialRecord.builder()
                        .credentialId(new Bytes(id.bytes())).userEntityUserId(userId).transports(Set.of()).build())
                .toList();
        var operations = new Webauthn4JRelyingPartyOperations(new TheUser(entity), new TheseCredentials(excluded), rp,
                settings.allowedOrigins());
        operations.setCustomizeCreationOptions(options -> options
                .authenticatorSelection(AuthenticatorSelectionCriteria.builder()
                        .residentKey(ResidentKeyRequirement.REQUIRED)
                        .userVerification(UserVerificationRequirement.REQUIRED)
                        .build())
                .attestation(PasskeySettings.ATTESTATION_DIRECT.equals(settings.attestation())
                        ? AttestationConveyancePreference.DIRECT
                        : AttestationConveyancePreference.NONE)
                .timeout(settings.timeout()));
        // Spring asks who is adding a passkey; the account is already known here, so it is simply named.
        var asker = UsernamePasswordAuthenticationToken.authenticated(name, null, List.of());
        return new Options(write(operations.createPublicKeyCredentialCreationOptions(
                new ImmutablePublicKeyCredentialCreationOptionsRequest(asker))));
    }

    @Override
    public Options assertionOptions(List<CredentialId> allow) {
        var operations = new Webauthn4JRelyingPartyOperations(new TheUser(null), new TheseCredentials(List.of()), rp,
                settings.allowedOrigins());
        List<PublicKeyCredentialDescriptor> allowed = allow.stream()
                .map(id -> PublicKeyCredentialDescriptor.builder().id(new Bytes(id.bytes())).build())
                .toList();
        operations.setCustomizeRequestOptions(options -> options
                .allowCredentials(allowed)
                .userVerification(UserVerificationRequirement.REQUIRED)
                .timeout(settings.timeout()));
        return new Options(write(operations.createCredentialRequestOptions(
                new ImmutablePublicKeyCredentialRequestOptionsRequest(null))));
    }

    @Override
    public NewCredential verifyRegistration(String optionsJson, String responseJson) {
        StoredOptions options = readOptions(optionsJson);
        try {
            Envelope envelope = envelope(responseJson);
            RegistrationData data = webAuthn.parseRegistrationResponseJSON(responseJson);
            List<com.webauthn4j.data.PublicKeyCredentialParameters> algorithms = options.algorithms().stream()
                    .map(alg -> new com.webauthn4j.data.PublicKeyCredentialParameters(
                            com.webauthn4j.data.PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.create(alg)))
                    .toList();
            webAuthn.verify(data, new RegistrationParameters(serverProperty(options), algorithms, true, true));

            AuthenticatorData<?> authenticatorData = Objects.requireNonNull(data.getAttestationObject()).getAuthenticatorData();
            AttestedCredentialData attested = Objects.requireNonNull(authenticatorData.getAttestedCredentialData());
            // webauthn4j reads only the attestation object; the copies beside it must say the same.
            if (!Arrays.equals(envelope.rawId(), attested.getCredentialId())) {
                throw new PasskeyRejectedException(Reason.MALFORMED, "rawId is not the attested credential id", null);
            }
            if (envelope.authenticatorData() != null && !authenticatorData.equals(
                    new AuthenticatorDataConverter(converter).convert(envelope.authenticatorData()))) {
                throw new PasskeyRejectedException(Reason.MALFORMED, "authenticatorData is not the attested one", null);
            }
            UUID aaguid = attested.getAaguid().getValue();
            if (aaguid != null && aaguid.getMostSignificantBits() == 0 && aaguid.getLeastSignificantBits() == 0) {
                aaguid = null;
            }
            if (!settings.allowedAaguids().isEmpty() && (aaguid == null || !settings.allowedAaguids().contains(aaguid))) {
                throw new PasskeyRejectedException(Reason.AUTHENTICATOR_NOT_ALLOWED,
                        "the authenticator model is not allowed", null);
            }
            Set<String> transports = data.getTransports() == null ? Set.of()
                    : data.getTransports().stream().map(t -> t.getValue()).collect(Collectors.toSet());
            return new NewCredential(CredentialId.of(attested.getCredentialId()),
                    converter.getCborConverter().writeValueAsBytes(attested.getCOSEKey()),
                    authenticatorData.getSignCount(), aaguid, transports,
                    authenticatorData.isFlagBE(), authenticatorData.isFlagBS(), authenticatorData.isFlagUV());
        } catch (RuntimeException e) {
            throw WebAuthnRejections.of(e);
        }
    }

    @Override
    public AssertionClaim claimOf(String responseJson) {
        try {
            Envelope envelope = envelope(responseJson);
            String userHandle = envelope.userHandle();
            return new AssertionClaim(CredentialId.of(envelope.rawId()),
                    userHandle == null || userHandle.isEmpty() ? null : UserHandle.fromBase64Url(userHandle));
        } catch (RuntimeException e) {
            throw WebAuthnRejections.of(e);
        }
    }

    @Override
    public VerifiedAssertion verifyAssertion(String optionsJson, String responseJson, StoredCredential credential) {
        StoredOptions options = readOptions(optionsJson);
        COSEKey publicKey = storedKey(credential);
        try {
            envelope(responseJson);
            AuthenticationData data = webAuthn.parseAuthenticationResponseJSON(responseJson);
            if (!Arrays.equals(data.getCredentialId(), credential.id().bytes())) {
                throw new PasskeyRejectedException(Reason.OTHER, "the response names another passkey", null);
            }
            byte[] userHandle = data.getUserHandle();
            if (userHandle != null && userHandle.length > 0 && !Arrays.equals(userHandle, credential.userHandle().bytes())) {
                throw new PasskeyRejectedException(Reason.OTHER, "the response names another user handle", null);
            }
            var record = new CredentialRecordImpl(null, credential.userVerified(), credential.backupEligible(),
                    credential.backedUp(), credential.signatureCount(),
                    new AttestedCredentialData(AAGUID.ZERO, credential.id().bytes(), publicKey), null, null, null, null);
            // UV is required whatever the options say: a passkey sign-in counts as two factors.
            webAuthn.verify(data, new AuthenticationParameters(serverProperty(options), record,
                    options.allowCredentials().isEmpty() ? null : options.allowCredentials(), true, true));

            AuthenticatorData<?> authenticatorData = Objects.requireNonNull(data.getAuthenticatorData());
            long presented = authenticatorData.getSignCount();
            // webauthn4j applies the same rule (Level 3, 7.2 step 22); Journal's own rule has the last word.
            if (!SignatureCount.acceptable(credential.signatureCount(), presented)) {
                throw new PasskeyRejectedException(Reason.COUNTER_REGRESSED, "the signature counter went backwards", null);
            }
            return new VerifiedAssertion(presented, authenticatorData.isFlagBS(), authenticatorData.isFlagUV());
        } catch (RuntimeException e) {
            throw WebAuthnRejections.of(e);
        }
    }

    // ---- the JSON around the binary members ----

    /** What webauthn4j does not look at in a {@code toJSON()} response, checked here. */
    private record Envelope(byte[] rawId, byte @Nullable [] authenticatorData, @Nullable String userHandle) {}

    private Envelope envelope(String responseJson) {
        JsonNode root = json.readTree(responseJson);
        String id = textOrNull(root.get("id"));
        String rawId = textOrNull(root.get("rawId"));
        JsonNode response = root.get("response");
        if (!"public-key".equals(textOrNull(root.get("type")))) {
            throw new PasskeyRejectedException(Reason.MALFORMED, "type is not public-key", null);
        }
        if (rawId == null || (id != null && !id.equals(rawId))) {
            throw new PasskeyRejectedException(Reason.MALFORMED, "rawId missing or not the id", null);
        }
        if (response == null || !response.isObject()) {
            throw new PasskeyRejectedException(Reason.MALFORMED, "response missing", null);
        }
        String authenticatorData = textOrNull(response.get("authenticatorData"));
        return new Envelope(BASE64URL.decode(rawId),
                authenticatorData == null ? null : BASE64URL.decode(authenticatorData),
                textOrNull(response.get("userHandle")));
    }

    // ---- options as JSON ----

    /** Writes options as the browser's parse...FromJSON reads them: base64url strings, no null members. */
    private String write(Object options) {
        JsonNode tree = json.valueToTree(options);
        dropNulls(tree);
        return json.writeValueAsString(tree);
    }

    private static void dropNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> nulls = new ArrayList<>();
            for (Map.Entry<String, JsonNode> member : object.properties()) {
                if (member.getValue().isNull()) {
                    nulls.add(member.getKey());
                } else {
                    dropNulls(member.getValue());
                }
            }
            object.remove(nulls);
        } else if (node.isArray()) {
            node.forEach(SpringWebAuthnRelyingParty::dropNulls);
        }
    }

    /** What verification needs from the options this relying party made (and the caller kept). */
    private record StoredOptions(byte[] challenge, String rpId, List<byte[]> allowCredentials, List<Long> algorithms) {}

    private StoredOptions readOptions(String optionsJson) {
        try {
            JsonNode root = json.readTree(optionsJson);
            byte[] challenge = BASE64URL.decode(Objects.requireNonNull(textOrNull(root.get("challenge")), "challenge"));
            String rpId = textOrNull(root.get("rpId"));
            if (rpId == null && root.get("rp") != null) {
                rpId = textOrNull(root.get("rp").get("id"));
            }
            if (!settings.rpId().equals(rpId)) {
                throw new IllegalArgumentException("the options are not this relying party's");
            }
            List<byte[]> allow = new ArrayList<>();
            root.path("allowCredentials")
                    .forEach(d -> allow.add(BASE64URL.decode(Objects.requireNonNull(textOrNull(d.get("id")), "id"))));
            List<Long> algorithms = new ArrayList<>();
            root.path("pubKeyCredParams").forEach(p -> algorithms.add(p.path("alg").asLong()));
            return new StoredOptions(challenge, rpId, List.copyOf(allow), List.copyOf(algorithms));
        } catch (RuntimeException e) {
            throw new PasskeyRejectedException(Reason.OTHER, "the stored options are not readable", null);
        }
    }

    private ServerProperty serverProperty(StoredOptions options) {
        return new ServerProperty(origins, options.rpId(), new DefaultChallenge(options.challenge()));
    }

    private COSEKey storedKey(StoredCredential credential) {
        try {
            return Objects.requireNonNull(converter.getCborConverter().readValue(credential.publicKeyCose(), COSEKey.class));
        } catch (RuntimeException e) {
            throw new PasskeyRejectedException(Reason.OTHER, "the stored public key is not readable", null);
        }
    }

    private static @Nullable String textOrNull(@Nullable JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }

    // ---- the one-shot repositories Spring's operations read ----

    /** The one account the options are for (none, for a sign-in without an address). */
    private record TheUser(@Nullable PublicKeyCredentialUserEntity user) implements PublicKeyCredentialUserEntityRepository {
        @Override
        public @Nullable PublicKeyCredentialUserEntity findById(Bytes id) {
            return user != null && user.getId().equals(id) ? user : null;
        }

        @Override
        public @Nullable PublicKeyCredentialUserEntity findByUsername(String username) {
            return user;
        }

        @Override
        public void save(PublicKeyCredentialUserEntity userEntity) {
            // Nothing to keep: the caller stores accounts and passkeys.
        }

        @Override
        public void delete(Bytes id) {
            // Nothing kept.
        }
    }

    /** The account's passkeys, to exclude from a registration. */
    private record TheseCredentials(List<CredentialRecord> records) implements UserCredentialRepository {
        @Override
        public void delete(Bytes credentialId) {
            // Nothing kept.
        }

        @Override
        public void save(CredentialRecord credentialRecord) {
            // Nothing to keep: the caller stores passkeys.
        }

        @Override
        public @Nullable CredentialRecord findByCredentialId(Bytes credentialId) {
            return records.stream().filter(r -> r.getCredentialId().equals(credentialId)).findFirst().orElse(null);
        }

        @Override
        public List<CredentialRecord> findByUserId(Bytes userId) {
            return records;
        }
    }
}
