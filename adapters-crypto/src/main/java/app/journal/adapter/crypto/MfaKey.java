package app.journal.adapter.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two-step verification master key: 32 random bytes, shared by every node. Never used directly:
 * {@link #sealingKey()} (AES-256-GCM for TOTP secrets) and {@link #digestKey()} (HMAC-SHA256 for
 * recovery codes) are derived from it with HKDF-Expand (RFC 5869, one block, the master key as the
 * pseudorandom key), so one key file serves both and neither use can stand in for the other.
 * {@link #toString()} does not print it.
 *
 * @see "docs/decisions/0015-totp-and-recovery-codes.md"
 */
public final class MfaKey {

    public static final int LENGTH = 32;
    static final String SEAL_INFO = "journal mfa seal v1";
    static final String DIGEST_INFO = "journal recovery-code digest v1";

    private final byte[] sealingKey;
    private final byte[] digestKey;

    private MfaKey(byte[] master) {
        if (master.length != LENGTH) {
            throw new IllegalArgumentException("The MFA key must be " + LENGTH + " bytes");
        }
        this.sealingKey = expand(master, SEAL_INFO);
        this.digestKey = expand(master, DIGEST_INFO);
    }

    public static MfaKey of(byte[] master) {
        return new MfaKey(Objects.requireNonNull(master, "master"));
    }

    /** The key as kept in {@code mfa.key} or given in configuration: standard base64 of 32 bytes. */
    public static MfaKey fromBase64(String base64) {
        Objects.requireNonNull(base64, "base64");
        try {
            return new MfaKey(Base64.getDecoder().decode(base64.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The MFA key must be base64 of " + LENGTH + " bytes");
        }
    }

    byte[] sealingKey() {
        return sealingKey.clone();
    }

    byte[] digestKey() {
        return digestKey.clone();
    }

    /** HKDF-Expand (RFC 5869 section 2.3) of one 32-byte block: HMAC-SHA256(prk, info || 0x01). */
    static byte[] expand(byte[] prk, String info) {
        return expand(prk, info.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] expand(byte[] prk, byte[] info) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(prk, "HmacSHA256"));
            mac.update(info);
            return mac.doFinal(new byte[] {1});
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "MfaKey[redacted]";
    }
}
