package app.journal.adapter.rest.token;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Jwks;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Journal's key material: an ES256 key pair (with its {@code kid}, the RFC 7638 thumbprint) that
 * signs access tokens, and an HMAC-SHA256 secret for the tokens only Journal itself reads (refresh,
 * email verification).
 */
public record TokenKeys(KeyPair signing, String keyId, SecretKey hmac) {

    public TokenKeys {
        Objects.requireNonNull(signing, "signing");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(hmac, "hmac");
        if (!(signing.getPublic() instanceof ECPublicKey)) {
            throw new IllegalArgumentException("the signing key must be an EC P-256 key pair");
        }
        if (hmac.getEncoded().length < 32) {
            throw new IllegalArgumentException("the HMAC secret must be at least 256 bits");
        }
    }

    public static TokenKeys generate() {
        return of(Jwts.SIG.ES256.keyPair().build(), Jwts.SIG.HS256.key().build());
    }

    public static TokenKeys of(KeyPair signing, SecretKey hmac) {
        var kid = Jwks.builder().key((ECPublicKey) signing.getPublic()).idFromThumbprint().build().getId();
        return new TokenKeys(signing, kid, hmac);
    }

    /** From PEM (PKCS#8 private, X.509 public) and a base64 secret, as configuration gives them. */
    public static TokenKeys fromPem(String privatePem, String publicPem, String hmacBase64) {
        try {
            var factory = KeyFactory.getInstance("EC");
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(pemBody(privatePem)));
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(pemBody(publicPem)));
            var secret = new SecretKeySpec(Base64.getDecoder().decode(hmacBase64.strip()), "HmacSHA256");
            return of(new KeyPair(publicKey, privateKey), secret);
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("The configured token keys cannot be read: " + e.getMessage(), e);
        }
    }

    public String privatePem() {
        return pem("PRIVATE KEY", signing.getPrivate().getEncoded());
    }

    public String publicPem() {
        return pem("PUBLIC KEY", signing.getPublic().getEncoded());
    }

    public String hmacBase64() {
        return Base64.getEncoder().encodeToString(hmac.getEncoded());
    }

    @Override
    public String toString() {
        return "TokenKeys[kid=" + keyId + ", secrets redacted]";
    }

    private static byte[] pemBody(String pem) {
        var body = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
