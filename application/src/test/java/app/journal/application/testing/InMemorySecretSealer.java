package app.journal.application.testing;

import app.journal.application.port.out.SecretSealer;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link SecretSealer} that keeps what it sealed in memory and hands out a random 16-byte handle:
 * a changed handle, or the right one with other associated data, does not open. Thread-safe.
 */
public final class InMemorySecretSealer implements SecretSealer {

    private record Sealed(byte[] plaintext, byte[] associatedData) {}

    private final Map<ByteBuffer, Sealed> sealed = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    @Override
    public byte[] seal(byte[] plaintext, byte[] associatedData) {
        var handle = new byte[16];
        random.nextBytes(handle);
        sealed.put(ByteBuffer.wrap(handle.clone()), new Sealed(plaintext.clone(), associatedData.clone()));
        return handle;
    }

    @Override
    public byte[] open(byte[] handle, byte[] associatedData) {
        var found = sealed.get(ByteBuffer.wrap(handle));
        if (found == null || !Arrays.equals(found.associatedData(), associatedData)) {
            throw new SealBrokenException();
        }
        return found.plaintext().clone();
    }
}
