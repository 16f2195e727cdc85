package app.journal.adapter.rest.token;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One kind of JWS in compact serialisation (RFC 7515), with everything about it fixed when it is made:
 * the algorithm (ES256 or HS256, never taken from the token), the key, the {@code typ} and, for ES256,
 * the {@code kid}. Writing is a constant header and a signature over {@code header.payload}; reading
 * checks, in this order, the shape (three segments, base64url without padding, at most 8 KiB), the
 * header (a JSON object holding {@code alg} equal to this kind's algorithm, {@code typ} equal to this
 * kind's type, {@code kid} as issued, and nothing else, so no {@code crit}, {@code jku}, {@code jwk} or
 * {@code zip}), then the signature, and only then parses the payload. So {@code alg: none}, an algorithm
 * swap ("HMAC with the public key") and one kind standing in for another are refused before any claim
 * is looked at (RFC 8725 §3.1, §3.11).
 *
 * <p>The MAC is cloned from one initialised prototype and the ECDSA {@link Signature}s are kept per thread,
 * each initialised once: jjwt built a new {@code Mac} or {@code Signature} and a header and claims map
 * per token. ES256 signatures are written and read in the JWS form (R || S, 64 bytes) by the JDK itself
 * ({@code SHA256withECDSAinP1363Format}).
 *
 * @see "docs/decisions/0024-a-lean-hot-path.md"
 */
final class CompactJws {

    static final int MAX_LENGTH = 8192;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    private static final Set<String> HEADER_NAMES = Set.of("alg", "typ", "kid");
    private static final String ECDSA = "SHA256withECDSAinP1363Format";
    /** Strict: a duplicate member is refused (RFC 8725 §3.11 warns of parsers that pick one), as is trailing text. */
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final String algorithm;
    private final String type;
    private final @Nullable String keyId;
    private final String encodedHeader;
    private final @Nullable Mac macPrototype;
    private final @Nullable SecretKey macKey;
    private final @Nullable ThreadLocal<Signature> signer;
    private final @Nullable ThreadLocal<Signature> verifier;

    private CompactJws(String algorithm, String type, @Nullable String keyId, @Nullable SecretKey macKey,
            @Nullable ThreadLocal<Signature> signer, @Nullable ThreadLocal<Signature> verifier) {
        this.algorithm = algorithm;
        this.type = type;
        this.keyId = keyId;
        this.macKey = macKey;
        this.macPrototype = macKey == null ? null : newMac(macKey);
        this.signer = signer;
        this.verifier = verifier;
        var header = "{\"alg\":\"" + algorithm + "\",\"typ\":" + JsonText.string(type)
                + (keyId == null ? "" : ",\"kid\":" + JsonText.string(keyId)) + "}";
        this.encodedHeader = B64.encodeToString(header.getBytes(StandardCharsets.UTF_8));
    }

    /** HS256 with a secret only Journal holds. */
    static CompactJws hs256(String type, SecretKey key) {
        return new CompactJws("HS256", type, null, key, null, null);
    }

    /** ES256 (P-256, SHA-256) with the signing key and the {@code kid} of its public half. */
    static CompactJws es256(String type, String keyId, PrivateKey privateKey, PublicKey publicKey) {
        ThreadLocal<Signature> signer = ThreadLocal.withInitial(() -> {
            try {
                var signature = Signature.getInstance(ECDSA);
                signature.initSign(privateKey);
                return signature;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("ES256 signing is not available", e);
            }
        });
        ThreadLocal<Signature> verifier = ThreadLocal.withInitial(() -> {
            try {
                var signature = Signature.getInstance(ECDSA);
                signature.initVerify(publicKey);
                return signature;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("ES256 verification is not available", e);
            }
        });
        signer.get(); // fails at start-up, not at the first token, if the key does not fit
        return new CompactJws("ES256", type, keyId, null, signer, verifier);
    }

    /** The compact token for a payload (a JSON object's text). */
    String write(String payloadJson) {
        var signingInput = encodedHeader + "." + B64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
        return signingInput + "." + B64.encodeToString(sign(signingInput.getBytes(StandardCharsets.US_ASCII)));
    }

    /**
     * The payload of a token of this kind whose header and signature check out, as a JSON object.
     *
     * @throws InvalidTokenException for anything else
     */
    JsonNode read(@Nullable String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_LENGTH) {
            throw new InvalidTokenException("missing or oversized token");
        }
        int first = token.indexOf('.');
        int second = first < 0 ? -1 : token.indexOf('.', first + 1);
        if (first <= 0 || second < 0 || token.indexOf('.', second + 1) >= 0) {
            throw new InvalidTokenException("not three segments");
        }
        checkHeader(json(decode(token.substring(0, first))));
        var signature = decode(token.substring(second + 1));
        if (!B64.encodeToString(signature).equals(token.substring(second + 1))) {
            throw new InvalidTokenException("signature not in canonical base64url");
        }
        var signingInput = token.substring(0, second).getBytes(StandardCharsets.US_ASCII);
        if (!verifies(signingInput, signature)) {
            throw new InvalidTokenException("bad signature");
        }
        return json(decode(token.substring(first + 1, second)));
    }

    private void checkHeader(JsonNode header) {
        for (var name : header.propertyNames()) {
            if (!HEADER_NAMES.contains(name)) {
                throw new InvalidTokenException("header parameter not allowed: " + name);
            }
        }
        var alg = header.get("alg");
        if (alg == null || !alg.isString() || !algorithm.equals(alg.stringValue())) {
            throw new InvalidTokenException("alg is not " + algorithm);
        }
        var typ = header.get("typ");
        if (typ == null || !typ.isString() || !type.equalsIgnoreCase(typ.stringValue())) {
            throw new InvalidTokenException("typ is not " + type);
        }
        var kid = header.get("kid");
        if (keyId == null ? kid != null : kid == null || !kid.isString() || !keyId.equals(kid.stringValue())) {
            throw new InvalidTokenException("unknown kid");
        }
    }

    private byte[] sign(byte[] signingInput) {
        try {
            if (macPrototype != null) {
                return mac().doFinal(signingInput);
            }
            var signature = signer.get();
            signature.update(signingInput);
            return signature.sign();
        } catch (GeneralSecurityException | RuntimeException e) {
            if (signer != null) {
                signer.remove();
            }
            throw new IllegalStateException("signing failed", e);
        }
    }

    private boolean verifies(byte[] signingInput, byte[] presented) {
        if (macPrototype != null) {
            return presented.length == 32 && MessageDigest.isEqual(mac().doFinal(signingInput), presented);
        }
        if (presented.length != 64) {
            return false;
        }
        var signature = verifier.get();
        try {
            signature.update(signingInput);
            return signature.verify(presented);
        } catch (java.security.SignatureException | RuntimeException e) {
            // Whatever state a failure left the object in, this thread's next token gets a fresh one.
            verifier.remove();
            return false;
        }
    }

    /** A clone of the initialised prototype: cheaper than a new {@code Mac} and {@code init} per token. */
    private Mac mac() {
        try {
            return (Mac) macPrototype.clone();
        } catch (CloneNotSupportedException e) {
            return newMac(macKey);
        }
    }

    private static Mac newMac(SecretKey key) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static byte[] decode(String segment) {
        if (segment.isEmpty() || segment.indexOf('=') >= 0) {
            throw new InvalidTokenException("empty or padded segment");
        }
        try {
            return B64D.decode(segment);
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException("not base64url", e);
        }
    }

    private static JsonNode json(byte[] bytes) {
        try {
            var node = JSON.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new InvalidTokenException("not a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new InvalidTokenException("not JSON: " + e.getClass().getSimpleName(), e);
        }
    }
}
