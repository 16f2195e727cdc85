package app.journal.e2e;

import io.jsonwebtoken.Jwts;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Token keys that the test makes and hands to the application (an EC P-256 pair for access tokens, a
 * 32-byte HMAC secret for refresh tokens), so that the test can mint exactly the refresh token a
 * client holds. The claims follow the documented refresh-token format: header {@code typ: refresh},
 * {@code iss journal}, {@code aud journal-refresh}, {@code sub} the user, {@code sid}, {@code rid}, {@code exp}.
 */
final class TestTokenKeys {

    private final KeyPair signing;
    private final SecretKey hmac;

    private TestTokenKeys(KeyPair signing, SecretKey hmac) {
        this.signing = signing;
        this.hmac = hmac;
    }

    static TestTokenKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            return new TestTokenKeys(generator.generateKeyPair(), new SecretKeySpec(secret, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK cannot make an EC P-256 key pair", e);
        }
    }

    /** The program arguments that make the application use these keys. */
    List<String> applicationArguments() {
        return List.of(
                "--journal.tokens.signing-private-key-pem=" + pem("PRIVATE KEY", signing.getPrivate().getEncoded()),
                "--journal.tokens.signing-public-key-pem=" + pem("PUBLIC KEY", signing.getPublic().getEncoded()),
                "--journal.tokens.hmac-secret=" + Base64.getEncoder().encodeToString(hmac.getEncoded()));
    }

    /** A refresh token for the given session generation, as the API would have issued it. */
    String refreshToken(UUID userId, UUID sessionId, UUID refreshId, Instant expiresAt) {
        Instant now = Instant.now();
        return Jwts.builder()
                .header().type("refresh").and()
                .id(UUID.randomUUID().toString())
                .issuer("journal")
                .audience().add("journal-refresh").and()
                .subject(userId.toString())
                .issuedAt(Date.from(now))
                .expiration(Date.from(expiresAt))
                .claim("sid", sessionId.toString())
                .claim("rid", refreshId.toString())
                .signWith(hmac, Jwts.SIG.HS256)
                .compact();
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
