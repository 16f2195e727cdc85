package app.journal.adapter.crypto;

import app.journal.application.port.out.CodeDigests;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 of canonical recovery codes under the {@link MfaKey}'s digest key (not the sealing key).
 * A code has 60 random bits: a plain hash would fall to an offline search by whoever reads the table;
 * a keyed one needs the key file too, and a slow password hash is not needed. Thread-safe.
 *
 * @see "docs/decisions/0015-totp-and-recovery-codes.md"
 */
public final class HmacCodeDigests implements CodeDigests {

    private final SecretKey key;

    public HmacCodeDigests(MfaKey key) {
        this.key = new SecretKeySpec(Objects.requireNonNull(key, "key").digestKey(), "HmacSHA256");
    }

    @Override
    public String digest(String canonicalCode) {
        Objects.requireNonNull(canonicalCode, "canonicalCode");
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(canonicalCode.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
