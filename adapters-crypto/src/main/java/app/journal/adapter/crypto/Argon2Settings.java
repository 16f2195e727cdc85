package app.journal.adapter.crypto;

import java.time.Duration;
import java.util.Objects;

/**
 * Argon2id cost parameters and the concurrency bound of {@link Argon2PasswordHasher}.
 *
 * <p>The defaults are OWASP's first Argon2id recommendation (m=19 MiB, t=2, p=1), a 32-byte hash
 * and a 16-byte salt (RFC 9106). Each running hash holds {@code memoryKiB} of heap, so
 * {@code maxConcurrent * memoryKiB} is the hashing part of the heap budget (allocated once, see
 * {@link Argon2Engine}).
 *
 * @param memoryKiB            memory cost in KiB (Argon2 {@code m})
 * @param iterations           time cost (Argon2 {@code t})
 * @param parallelism          lanes (Argon2 {@code p}); 1 keeps each hash on the calling thread
 * @param hashLength           length of the derived hash in bytes
 * @param saltLength           length of the random salt in bytes
 * @param maxConcurrent        hashes/verifications allowed to run at once
 * @param acquireTimeout       how long a caller waits for a free slot before "busy"
 */
public record Argon2Settings(int memoryKiB, int iterations, int parallelism, int hashLength, int saltLength,
        int maxConcurrent, Duration acquireTimeout) {

    public static final int DEFAULT_MEMORY_KIB = 19_456;
    public static final int DEFAULT_ITERATIONS = 2;
    public static final int DEFAULT_PARALLELISM = 1;
    public static final int DEFAULT_HASH_LENGTH = 32;
    public static final int DEFAULT_SALT_LENGTH = 16;
    public static final Duration DEFAULT_ACQUIRE_TIMEOUT = Duration.ofMillis(200);

    /** Upper bound for {@code memoryKiB} (1 GiB): also the largest cost a stored hash may ask for. */
    static final int MAX_MEMORY_KIB = 1 << 20;

    public Argon2Settings {
        Objects.requireNonNull(acquireTimeout, "acquireTimeout");
        if (parallelism < 1 || parallelism > 64) {
            throw new IllegalArgumentException("parallelism must be in 1..64");
        }
        if (memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB) {
            throw new IllegalArgumentException("memoryKiB must be in 8*parallelism.." + MAX_MEMORY_KIB);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1");
        }
        if (hashLength < 16 || hashLength > 1024) {
            throw new IllegalArgumentException("hashLength must be in 16..1024 bytes");
        }
        if (saltLength < 8 || saltLength > 64) {
            throw new IllegalArgumentException("saltLength must be in 8..64 bytes");
        }
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("maxConcurrent must be at least 1");
        }
        if (acquireTimeout.isNegative()) {
            throw new IllegalArgumentException("acquireTimeout must not be negative");
        }
    }

    /** The defaults above, with one concurrent hash per available processor. */
    public static Argon2Settings defaults() {
        return new Argon2Settings(DEFAULT_MEMORY_KIB, DEFAULT_ITERATIONS, DEFAULT_PARALLELISM, DEFAULT_HASH_LENGTH,
                DEFAULT_SALT_LENGTH, Runtime.getRuntime().availableProcessors(), DEFAULT_ACQUIRE_TIMEOUT);
    }

    public Argon2Settings withCost(int memoryKiB, int iterations, int parallelism) {
        return new Argon2Settings(memoryKiB, iterations, parallelism, hashLength, saltLength, maxConcurrent,
                acquireTimeout);
    }

    public Argon2Settings withConcurrency(int maxConcurrent, Duration acquireTimeout) {
        return new Argon2Settings(memoryKiB, iterations, parallelism, hashLength, saltLength, maxConcurrent,
                acquireTimeout);
    }

}
