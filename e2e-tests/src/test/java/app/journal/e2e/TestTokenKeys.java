package app.journal.e2e;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.List;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Token keys that the test makes and hands to the application (an EC P-256 pair for access tokens, a
 * 32-byte HMAC secret for refresh tokens), as an operator configures them: the same keys after a
 * restart, and on every node of a deployment.
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

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
