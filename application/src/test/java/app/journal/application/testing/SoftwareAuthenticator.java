package app.journal.application.testing;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A WebAuthn authenticator in software, for tests: what a browser plus a platform authenticator (Touch ID,
 * Windows Hello, a phone) would answer, as the JSON {@code PublicKeyCredential.toJSON()} writes (WebAuthn
 * Level 3), given the options JSON a relying party made ({@code parseCreationOptionsFromJSON} /
 * {@code parseRequestOptionsFromJSON} input).
 *
 * <p>It makes ES256 (EC P-256) passkeys with attestation {@code "none"}, keeps them (id, key pair, user
 * handle, RP ID, counter) and signs with them. A fresh one holds none; {@link #forget()} drops them all.
 * Knobs for the checks a relying party must make: user verification (UV flag), the signature counter, the
 * backup flags, the AAGUID, the RP ID whose hash goes into the authenticator data, and a corrupted
 * signature; the origin is a parameter of each ceremony. Not thread-safe; one per test.
 *
 * <pre>{@code
 * var authenticator = new SoftwareAuthenticator();
 * String created = authenticator.register(creationOptionsJson, "https://journal.example");
 * String asserted = authenticator.authenticate(requestOptionsJson, "https://journal.example");
 * }</pre>
 */
public final class SoftwareAuthenticator {

    /** The AAGUID it reports unless told otherwise (made up for these tests). */
    public static final UUID DEFAULT_AAGUID = UUID.fromString("5e1f7a2e-0d1c-4c9b-9a57-10ca1e55e777");

    private static final int FLAG_UP = 0x01;
    private static final int FLAG_UV = 0x04;
    private static final int FLAG_BE = 0x08;
    private static final int FLAG_BS = 0x10;
    private static final int FLAG_AT = 0x40;
    private static final int ES256 = -7;
    private static final Base64.Encoder B64U = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64U_DECODER = Base64.getUrlDecoder();

    private final SecureRandom random = new SecureRandom();
    private final List<Held> held = new ArrayList<>();
    private boolean userVerifying = true;
    private boolean countsSignatures = true;
    private @Nullable Long nextSignatureCount;
    private boolean backupEligible;
    private boolean backedUp;
    private UUID aaguid = DEFAULT_AAGUID;
    private @Nullable String rpIdForHash;
    private boolean corruptSignature;
    private boolean sendsUserHandle = true;
    private boolean packedSelfAttestation;

    /** A passkey it holds, as a test may want to see it (base64url where bytes). */
    public record Credential(String id, String userHandle, String rpId, long signatureCount, byte[] publicKeyCose) {
        public Credential {
            publicKeyCose = publicKeyCose.clone();
        }

        @Override
        public byte[] publicKeyCose() {
            return publicKeyCose.clone();
        }
    }

    private static final class Held {
        final byte[] id;
        final String userHandle;
        final String rpId;
        final KeyPair keys;
        long count;

        Held(byte[] id, String userHandle, String rpId, KeyPair keys, long count) {
            this.id = id;
            this.userHandle = userHandle;
            this.rpId = rpId;
            this.keys = keys;
            this.count = count;
        }

        Credential view() {
            return new Credential(B64U.encodeToString(id), userHandle, rpId, count, coseKey((ECPublicKey) keys.getPublic()));
        }
    }

    // ---- knobs ----

    /** Whether it verifies the person (sets the UV flag); on by default. User presence is always set. */
    public SoftwareAuthenticator userVerification(boolean on) {
        this.userVerifying = on;
        return this;
    }

    /**
     * Whether it keeps a signature counter (on by default: 0 at registration, one more per assertion); off,
     * it always sends 0, as most synced passkeys do.
     */
    public SoftwareAuthenticator countsSignatures(boolean on) {
        this.countsSignatures = on;
        return this;
    }

    /**
     * The next response (registration or assertion) carries exactly this counter, and the passkey counts on
     * from it: set it lower than before to make the counter go backwards, as a cloned authenticator would.
     */
    public SoftwareAuthenticator nextSignatureCount(long count) {
        if (count < 0 || count > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("a signature counter is 32 bits unsigned");
        }
        this.nextSignatureCount = count;
        return this;
    }

    /** The backup eligible (BE) and backed up (BS) flags of what it sends next; both off by default. */
    public SoftwareAuthenticator backup(boolean eligible, boolean backedUpNow) {
        this.backupEligible = eligible;
        this.backedUp = backedUpNow;
        return this;
    }

    /** The AAGUID it reports at registration ({@link #DEFAULT_AAGUID} unless set). */
    public SoftwareAuthenticator aaguid(UUID value) {
        this.aaguid = Objects.requireNonNull(value, "value");
        return this;
    }

    /**
     * Hashes this RP ID into the authenticator data instead of the options' one (null: the options' again),
     * as a response made for another site would.
     */
    public SoftwareAuthenticator rpIdHashOf(@Nullable String rpId) {
        this.rpIdForHash = rpId;
        return this;
    }

    /** Flips a bit of the signed data's signature (assertions) so it no longer checks out. */
    public SoftwareAuthenticator corruptSignature(boolean on) {
        this.corruptSignature = on;
        return this;
    }

    /**
     * Whether registrations carry a "packed" self attestation (signed with the new passkey's own key) instead
     * of "none", as some authenticators answer {@code attestation: "direct"}; a corrupted signature then
     * corrupts the attestation signature too.
     */
    public SoftwareAuthenticator packedSelfAttestation(boolean on) {
        this.packedSelfAttestation = on;
        return this;
    }

    /** Whether assertions carry the user handle (on by default; some authenticators leave it out when allowCredentials names the passkey). */
    public SoftwareAuthenticator sendsUserHandle(boolean on) {
        this.sendsUserHandle = on;
        return this;
    }

    /** Drops every passkey it holds, as another device (or a wiped one) would be. */
    public SoftwareAuthenticator forget() {
        held.clear();
        return this;
    }

    /** The passkeys it holds, oldest first. */
    public List<Credential> credentials() {
        return held.stream().map(Held::view).toList();
    }

    // ---- ceremonies ----

    /**
     * Makes a passkey for these creation options, as {@code navigator.credentials.create} would from
     * {@code origin}, and answers the registration response JSON ({@code toJSON()}).
     *
     * @throws IllegalStateException when it already holds one of {@code excludeCredentials} (the browser's
     *         InvalidStateError) or ES256 is not among {@code pubKeyCredParams}
     */
    public String register(String creationOptionsJson, String origin) {
        Map<String, Object> options = object(TinyJson.parse(creationOptionsJson), "options");
        Map<String, Object> rp = object(options.get("rp"), "rp");
        Map<String, Object> user = object(options.get("user"), "user");
        String rpId = rp.get("id") instanceof String id ? id : hostOf(origin);
        String userHandle = string(user.get("id"), "user.id");
        String challenge = string(options.get("challenge"), "challenge");
        boolean es256 = list(options.get("pubKeyCredParams")).stream()
                .anyMatch(p -> p instanceof Map<?, ?> m && m.get("alg") instanceof Number alg && alg.intValue() == ES256);
        if (!es256) {
            throw new IllegalStateException("NotSupportedError: ES256 not among pubKeyCredParams");
        }
        for (Object excluded : list(options.get("excludeCredentials"))) {
            String id = string(object(excluded, "excludeCredentials[]").get("id"), "excludeCredentials[].id");
            if (held.stream().anyMatch(h -> h.rpId.equals(rpId) && B64U.encodeToString(h.id).equals(id))) {
                throw new IllegalStateException("InvalidStateError: this authenticator already holds an excluded credential");
            }
        }

        byte[] credentialId = new byte[32];
        random.nextBytes(credentialId);
        KeyPair keys = newKeyPair();
        long count = nextCount(0);
        Held made = new Held(credentialId, userHandle, rpId, keys, count);
        byte[] cose = coseKey((ECPublicKey) keys.getPublic());

        ByteArrayOutputStream attested = new ByteArrayOutputStream();
        attested.writeBytes(uuidBytes(aaguid));
        attested.write(credentialId.length >> 8);
        attested.write(credentialId.length & 0xFF);
        attested.writeBytes(credentialId);
        attested.writeBytes(cose);
        byte[] authenticatorData = authenticatorData(rpId, FLAG_AT, count, attested.toByteArray());

        byte[] clientData = clientData("webauthn.create", challenge, origin);
        Cbor attestation = new Cbor().map(3);
        if (packedSelfAttestation) {
            attestation.text("fmt").text("packed")
                    .text("attStmt").map(2)
                    .text("alg").integer(ES256)
                    .text("sig").bytes(sign(keys, authenticatorData, clientData));
        } else {
            attestation.text("fmt").text("none").text("attStmt").map(0);
        }
        byte[] attestationObject = attestation.text("authData").bytes(authenticatorData).toByteArray();
        held.add(made);

        Map<String, Object> response = new LinkedHashMap<>();
        response.put("clientDataJSON", b64u(clientData));
        response.put("authenticatorData", b64u(authenticatorData));
        response.put("transports", List.of("internal"));
        response.put("publicKey", b64u(keys.getPublic().getEncoded()));
        response.put("publicKeyAlgorithm", ES256);
        response.put("attestationObject", b64u(attestationObject));
        return credentialJson(credentialId, response, Map.of("credProps", Map.of("rk", true)));
    }

    /**
     * Signs these request options with a passkey it holds, as {@code navigator.credentials.get} would from
     * {@code origin}, and answers the assertion response JSON ({@code toJSON()}). It uses the first passkey
     * for the options' RP ID that is in {@code allowCredentials}, or any when that is empty (discoverable).
     *
     * @throws IllegalStateException when it holds no such passkey (the browser's NotAllowedError)
     */
    public String authenticate(String requestOptionsJson, String origin) {
        Map<String, Object> options = object(TinyJson.parse(requestOptionsJson), "options");
        String rpId = options.get("rpId") instanceof String id ? id : hostOf(origin);
        String challenge = string(options.get("challenge"), "challenge");
        List<String> allowed = new ArrayList<>();
        for (Object allow : list(options.get("allowCredentials"))) {
            allowed.add(string(object(allow, "allowCredentials[]").get("id"), "allowCredentials[].id"));
        }
        Held chosen = held.stream()
                .filter(h -> h.rpId.equals(rpId))
                .filter(h -> allowed.isEmpty() || allowed.contains(B64U.encodeToString(h.id)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("NotAllowedError: no passkey for " + rpId + " here"));

        chosen.count = nextCount(countsSignatures ? chosen.count + 1 : 0);
        byte[] authenticatorData = authenticatorData(rpId, 0, chosen.count, new byte[0]);
        byte[] clientData = clientData("webauthn.get", challenge, origin);
        byte[] signature = sign(chosen.keys, authenticatorData, clientData);

        Map<String, Object> response = new LinkedHashMap<>();
        response.put("clientDataJSON", b64u(clientData));
        response.put("authenticatorData", b64u(authenticatorData));
        response.put("signature", b64u(signature));
        if (sendsUserHandle) {
            response.put("userHandle", chosen.userHandle);
        }
        return credentialJson(chosen.id, response, Map.of());
    }

    // ---- the bytes ----

    private long nextCount(long otherwise) {
        Long set = nextSignatureCount;
        nextSignatureCount = null;
        return set != null ? set : otherwise;
    }

    private byte[] authenticatorData(String rpId, int extraFlags, long count, byte[] attested) {
        int flags = FLAG_UP | extraFlags
                | (userVerifying ? FLAG_UV : 0)
                | (backupEligible ? FLAG_BE : 0)
                | (backedUp ? FLAG_BS : 0);
        ByteBuffer data = ByteBuffer.allocate(37 + attested.length);
        data.put(sha256(rpIdForHash != null ? rpIdForHash : rpId).clone());
        data.put((byte) flags);
        data.putInt((int) count);
        data.put(attested);
        return data.array();
    }

    /** The client data as browsers serialise it (members in this order, no whitespace). */
    private static byte[] clientData(String type, String challenge, String origin) {
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("type", type);
        client.put("challenge", challenge);
        client.put("origin", origin);
        client.put("crossOrigin", false);
        return TinyJson.write(client).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] sign(KeyPair keys, byte[] authenticatorData, byte[] clientData) {
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keys.getPrivate(), random);
            signer.update(authenticatorData);
            signer.update(MessageDigest.getInstance("SHA-256").digest(clientData));
            byte[] signature = signer.sign();
            if (corruptSignature) {
                signature[signature.length - 1] ^= 0x01;
            }
            return signature;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The COSE_Key of an EC2 P-256 public key for ES256, in CTAP2 canonical order. */
    private static byte[] coseKey(ECPublicKey key) {
        return new Cbor()
                .map(5)
                .integer(1).integer(2) // kty: EC2
                .integer(3).integer(ES256) // alg
                .integer(-1).integer(1) // crv: P-256
                .integer(-2).bytes(unsigned32(key.getW().getAffineX()))
                .integer(-3).bytes(unsigned32(key.getW().getAffineY()))
                .toByteArray();
    }

    private String credentialJson(byte[] id, Map<String, Object> response, Map<String, Object> extensions) {
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("id", b64u(id));
        credential.put("rawId", b64u(id));
        credential.put("response", response);
        credential.put("authenticatorAttachment", "platform");
        credential.put("clientExtensionResults", extensions);
        credential.put("type", "public-key");
        return TinyJson.write(credential);
    }

    private static byte[] unsigned32(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[32];
        int length = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - length, out, 32 - length, length);
        return out;
    }

    private static byte[] uuidBytes(UUID uuid) {
        return ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits()).array();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64u(byte[] bytes) {
        return B64U.encodeToString(bytes);
    }

    /** Decodes base64url (what a test may want for the bytes of a response). */
    public static byte[] fromBase64Url(String text) {
        return B64U_DECODER.decode(text);
    }

    /** Encodes base64url without padding, as WebAuthn's JSON does. */
    public static String toBase64Url(byte[] bytes) {
        return B64U.encodeToString(bytes);
    }

    private static String hostOf(String origin) {
        String host = URI.create(origin).getHost();
        if (host == null) {
            throw new IllegalArgumentException("origin without a host: " + origin);
        }
        return host;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(@Nullable Object value, String what) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException(what + " is not a JSON object");
    }

    private static List<?> list(@Nullable Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    private static String string(@Nullable Object value, String what) {
        if (value instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException(what + " is not a JSON string");
    }

    /** The few CBOR items (RFC 8949) a "none" attestation object and a COSE key need. */
    private static final class Cbor {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Cbor integer(long value) {
            return value >= 0 ? head(0, value) : head(1, -1 - value);
        }

        Cbor bytes(byte[] value) {
            head(2, value.length);
            out.writeBytes(value);
            return this;
        }

        Cbor text(String value) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            head(3, utf8.length);
            out.writeBytes(utf8);
            return this;
        }

        Cbor map(int entries) {
            return head(5, entries);
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }

        private Cbor head(int major, long argument) {
            int type = major << 5;
            if (argument < 24) {
                out.write(type | (int) argument);
            } else if (argument < 0x100) {
                out.write(type | 24);
                out.write((int) argument);
            } else if (argument < 0x10000) {
                out.write(type | 25);
                out.write((int) (argument >> 8));
                out.write((int) argument & 0xFF);
            } else {
                out.write(type | 26);
                out.writeBytes(ByteBuffer.allocate(4).putInt((int) argument).array());
            }
            return this;
        }
    }
}
