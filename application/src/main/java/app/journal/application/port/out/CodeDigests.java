package app.journal.application.port.out;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Keyed digests of one-time codes (recovery codes), so the database holds no code and someone who reads
 * it cannot try all 2^60 codes offline without also holding the key.
 *
 * @see "docs/decisions/0015-totp-and-recovery-codes.md"
 */
public interface CodeDigests {

    /** HMAC-SHA256 of the canonical code as 64 lower-case hex characters; the same input, the same digest. */
    String digest(String canonicalCode);

    /** Whether {@code canonicalCode} has {@code storedDigest}, compared in constant time. */
    default boolean matches(String canonicalCode, String storedDigest) {
        return MessageDigest.isEqual(digest(canonicalCode).getBytes(StandardCharsets.US_ASCII),
                storedDigest.getBytes(StandardCharsets.US_ASCII));
    }
}
