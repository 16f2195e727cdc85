package app.journal.adapter.crypto;

import app.journal.application.port.out.PasswordHasher;
import app.journal.domain.user.PasswordHash;
import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Argon2id password hashing with password4j, stored as standard PHC strings
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}) so the parameters can be read back.
 *
 * <p>Every hash and verification takes one of {@link Argon2Settings#maxConcurrent()} slots; a
 * caller that cannot get one within {@link Argon2Settings#acquireTimeout()} gets a
 * {@link HashingBusyException} instead of queueing (each running hash holds
 * {@link Argon2Settings#memoryKiB()} of heap and a core). Passwords are hashed as UTF-8 bytes of the
 * string given (the caller normalises it, see {@code PasswordRules}). Thread-safe.
 */
public final class Argon2PasswordHasher implements PasswordHasher {

    private static final Logger log = LoggerFactory.getLogger(Argon2PasswordHasher.class);

    private final Argon2Settings settings;
    private final Argon2Function function;
    private final Semaphore slots;
    private final SecureRandom random = new SecureRandom();
    private final byte[] dummyHash;

    public Argon2PasswordHasher(Argon2Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        if (settings.installJitDirectives()) {
            // Before the first hash below, so the Argon2 core is compiled with the directives in place.
            Argon2JitDirectives.install();
        }
        this.function = Argon2Function.getInstance(settings.memoryKiB(), settings.iterations(),
                settings.parallelism(), settings.hashLength(), Argon2.ID, Argon2Function.ARGON2_VERSION_13);
        this.slots = new Semaphore(settings.maxConcurrent(), true);
        // A hash of a random secret nobody knows, made with the current parameters: verifying any
        // password against it costs what a failed verification of a real account costs.
        var secret = new byte[32];
        random.nextBytes(secret);
        this.dummyHash = function.hash(secret, newSalt()).getResultAsBytes();
        log.info("Argon2id password hashing: m={} KiB, t={}, p={}; at most {} at once, {} ms wait for a slot",
                settings.memoryKiB(), settings.iterations(), settings.parallelism(), settings.maxConcurrent(),
                settings.acquireTimeout().toMillis());
    }

    @Override
    public PasswordHash hash(String password) {
        Objects.requireNonNull(password, "password");
        var salt = newSalt();
        return withSlot(() -> withBytes(password, bytes -> new PasswordHash(function.hash(bytes, salt).getResult())));
    }

    @Override
    public boolean verify(String password, PasswordHash hash) {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(hash, "hash");
        var phc = Argon2Phc.parse(hash.value());
        if (phc.isEmpty()) {
            log.warn("A stored password hash is not a usable Argon2 PHC string; treating it as a mismatch");
            verifyAgainstDummy(password);
            return false;
        }
        var parameters = phc.get();
        int hashLength = hashLength(hash.value());
        // Hashes made with other parameters (before a cost change) still verify; password4j keeps one
        // function per parameter set, so this allocates once per distinct set found in storage.
        var verifier = sameParameters(parameters, hashLength) ? function
                : Argon2Function.getInstance(parameters.memoryKiB(), parameters.iterations(), parameters.parallelism(),
                        hashLength, Argon2.valueOf(parameters.type().substring("argon2".length()).toUpperCase(Locale.ROOT)),
                        parameters.version());
        var stored = hash.value().getBytes(StandardCharsets.US_ASCII);
        return withSlot(() -> withBytes(password, bytes -> verifier.check(bytes, stored)));
    }

    @Override
    public void verifyAgainstDummy(String password) {
        Objects.requireNonNull(password, "password");
        withSlot(() -> withBytes(password, bytes -> function.check(bytes, dummyHash)));
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
        Objects.requireNonNull(hash, "hash");
        return Argon2Phc.parse(hash.value()).map(phc -> phc.weakerThan(settings)).orElse(true);
    }

    /**
     * Runs {@code work} holding one hashing slot. Package-private so tests can hold a slot
     * deterministically.
     *
     * @throws HashingBusyException when no slot frees up within the acquire timeout (or the wait is
     *                              interrupted; the interrupt flag is kept)
     */
    <T> T withSlot(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(settings.acquireTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HashingBusyException();
        }
        if (!acquired) {
            throw new HashingBusyException();
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    private boolean sameParameters(Argon2Phc phc, int hashLength) {
        return hashLength == settings.hashLength() && Argon2Phc.ARGON2ID.equals(phc.type()) && phc.version() == Argon2Function.ARGON2_VERSION_13
                && phc.memoryKiB() == settings.memoryKiB() && phc.iterations() == settings.iterations()
                && phc.parallelism() == settings.parallelism();
    }

    private byte[] newSalt() {
        var salt = new byte[settings.saltLength()];
        random.nextBytes(salt);
        return salt;
    }

    /** Length in bytes of the hash part (the last Base64 field) of a well-formed PHC string. */
    private static int hashLength(String phc) {
        int base64Chars = phc.length() - phc.lastIndexOf('$') - 1;
        return base64Chars * 3 / 4;
    }

    /** The password as UTF-8 bytes for the duration of {@code use}, wiped afterwards. */
    private static <T> T withBytes(String password, Function<byte[], T> use) {
        var bytes = password.getBytes(StandardCharsets.UTF_8);
        try {
            return use.apply(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
