package app.journal.adapter.crypto;

import app.journal.application.port.out.SecretSealer;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM under the {@link MfaKey}'s sealing key: a random 96-bit nonce per sealing, a 128-bit tag,
 * laid out as {@code version (1) || nonce (12) || ciphertext || tag (16)}. The version byte leaves room
 * for another key or algorithm later without guessing. Thread-safe.
 *
 * @see "docs/decisions/0015-totp-and-recovery-codes.md"
 */
public final class AesGcmSecretSealer implements SecretSealer {

    static final byte VERSION = 1;
    static final int NONCE_LENGTH = 12;
    static final int TAG_BITS = 128;
    private static final int OVERHEAD = 1 + NONCE_LENGTH + TAG_BITS / 8;

    private final SecretKey key;
    private final SecureRandom random;

    public AesGcmSecretSealer(MfaKey key) {
        this(key, new SecureRandom());
    }

    AesGcmSecretSealer(MfaKey key, SecureRandom random) {
        this.key = new SecretKeySpec(Objects.requireNonNull(key, "key").sealingKey(), "AES");
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public byte[] seal(byte[] plaintext, byte[] associatedData) {
        Objects.requireNonNull(plaintext, "plaintext");
        Objects.requireNonNull(associatedData, "associatedData");
        var nonce = new byte[NONCE_LENGTH];
        random.nextBytes(nonce);
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            var sealed = ByteBuffer.allocate(OVERHEAD + plaintext.length);
            sealed.put(VERSION).put(nonce);
            cipher.doFinal(ByteBuffer.wrap(plaintext), sealed);
            return sealed.array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    @Override
    public byte[] open(byte[] sealed, byte[] associatedData) {
        Objects.requireNonNull(sealed, "sealed");
        Objects.requireNonNull(associatedData, "associatedData");
        if (sealed.length < OVERHEAD || sealed[0] != VERSION) {
            throw new SealBrokenException();
        }
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_LENGTH));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(sealed, 1 + NONCE_LENGTH, sealed.length - 1 - NONCE_LENGTH);
        } catch (AEADBadTagException tampered) {
            throw new SealBrokenException();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }
}
