package app.journal.adapter.crypto;

import app.journal.application.port.out.PasswordHasher;
import app.journal.domain.user.PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Argon2id password hashing, stored as standard PHC strings
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, as password4j wrote them before, so they
 * still verify and the parameters can be read back).
 *
 * <p>Every hash and verification takes one of {@link Argon2Settings#maxConcurrent()} slots; a
 * caller that cannot get one within {@link Argon2Settings#acquireTimeout()} gets a
 * {@link HashingBusyException} instead of queueing. Each slot owns an {@link Argon2Engine} whose
 * {@link Argon2Settings#memoryKiB()} of memory is allocated once and reused by every hash it runs, so
 * hashing adds a fixed {@code maxConcurrent * memoryKiB} to the heap and no garbage.
 *
 * <p>Before any of that, {@link #admit} lets in at most {@link #admissionLimit(int) twice as many}
 * logins and registrations as there are slots: those admitted wait at most about one hash for a slot.
 * Up to {@code queue} more wait their turn for an admission, in arrival order and for a bounded time
 * ({@link HashingAdmission}); the others are refused at once, before they have cost anything.
 *
 * <p>Passwords are hashed as UTF-8 bytes of the string given (the caller normalises it, see
 * {@code PasswordRules}). Thread-safe.
 */
public final class Argon2PasswordHasher implements PasswordHasher {

    private static final Logger log = LoggerFactory.getLogger(Argon2PasswordHasher.class);
    private static final byte[] NONE = new byte[0];
    private static final Base64.Encoder BASE64 = Base64.getEncoder().withoutPadding();

    private final Argon2Settings settings;
    private final Semaphore slots;
    private final HashingAdmission admissions;
    private final ConcurrentLinkedQueue<Argon2Engine> engines = new ConcurrentLinkedQueue<>();
    private final SecureRandom random = new SecureRandom();
    /** Set while this thread holds an admission: it may wait longer for a slot (see {@link #withSlot}). */
    private final ThreadLocal<Boolean> admitted = new ThreadLocal<>();

    /** A hasher that refuses a login or registration at once whenever every admission is taken (no queue). */
    public Argon2PasswordHasher(Argon2Settings settings) {
        this(settings, 0, java.time.Duration.ZERO);
    }

    /**
     * @param admissionQueue how many logins and registrations may wait for an admission beyond the admitted ones
     * @param admissionWait  how long each of them waits before it is refused after all
     */
    public Argon2PasswordHasher(Argon2Settings settings, int admissionQueue, java.time.Duration admissionWait) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.slots = new Semaphore(settings.maxConcurrent(), true);
        this.admissions = new HashingAdmission(admissionLimit(settings.maxConcurrent()), admissionQueue, admissionWait);
        for (int i = 0; i < settings.maxConcurrent(); i++) {
            engines.add(new Argon2Engine(settings.memoryKiB()));
        }
        log.info("Argon2id password hashing: m={} KiB, t={}, p={}; at most {} at once, {} ms wait for a slot, "
                        + "{} admitted, {} more waiting up to {} ms", settings.memoryKiB(), settings.iterations(),
                settings.parallelism(), settings.maxConcurrent(), settings.acquireTimeout().toMillis(),
                admissionLimit(settings.maxConcurrent()), admissionQueue, admissionWait.toMillis());
    }

    /**
     * How long an admitted operation may wait for a slot. With at most one admitted operation waiting
     * per slot, the wait is about one hash; this only caps it on a machine so slow that a hash takes
     * longer than {@link Argon2Settings#acquireTimeout()}, where an admitted login (which has done its
     * database work) should still finish rather than be refused after the fact.
     */
    static final java.time.Duration ADMITTED_WAIT = java.time.Duration.ofSeconds(10);

    /** Logins and registrations in flight at once: one hashing and one waiting per slot. */
    static int admissionLimit(int maxConcurrent) {
        return 2 * maxConcurrent;
    }

    @Override
    public Admission admit() {
        admissions.enter();
        boolean outer = admitted.get() == null;
        if (outer) {
            admitted.set(Boolean.TRUE);
        }
        return new Admission() {
            private boolean closed;

            @Override
            public void close() {
                if (!closed) {
                    closed = true;
                    if (outer) {
                        admitted.remove();
                    }
                    admissions.leave();
                }
            }
        };
    }

    @Override
    public boolean saturated() {
        return admissions.full();
    }

    /** How many logins and registrations wait for an admission right now (tests). */
    int waitingForAdmission() {
        return admissions.waitingNow();
    }

    @Override
    public PasswordHash hash(String password) {
        Objects.requireNonNull(password, "password");
        var salt = new byte[settings.saltLength()];
        random.nextBytes(salt);
        byte[] tag = withSlot(engine -> withBytes(password, bytes -> engine.hash(Argon2Engine.TYPE_ID,
                Argon2Engine.VERSION_13, settings.memoryKiB(), settings.iterations(), settings.parallelism(),
                settings.hashLength(), bytes, salt, NONE, NONE)));
        return new PasswordHash("$" + Argon2Phc.ARGON2ID + "$v=" + Argon2Engine.VERSION_13 + "$m=" + settings.memoryKiB()
                + ",t=" + settings.iterations() + ",p=" + settings.parallelism() + "$" + BASE64.encodeToString(salt)
                + "$" + BASE64.encodeToString(tag));
    }

    @Override
    public boolean verify(String password, PasswordHash hash) {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(hash, "hash");
        var phc = Argon2Phc.parse(hash.value());
        byte[][] saltAndTag = phc.isPresent() ? saltAndTag(hash.value()) : null;
        if (phc.isEmpty() || saltAndTag == null) {
            log.warn("A stored password hash is not a usable Argon2 PHC string; treating it as a mismatch");
            verifyAgainstDummy(password);
            return false;
        }
        // Hashes made with other parameters (before a cost change) verify with their own parameters.
        var p = phc.get();
        int type = switch (p.type()) {
            case "argon2d" -> Argon2Engine.TYPE_D;
            case "argon2i" -> Argon2Engine.TYPE_I;
            default -> Argon2Engine.TYPE_ID;
        };
        byte[] salt = saltAndTag[0];
        byte[] stored = saltAndTag[1];
        byte[] computed = withSlot(engine -> withBytes(password, bytes -> engine.hash(type, p.version(),
                p.memoryKiB(), p.iterations(), p.parallelism(), stored.length, bytes, salt, NONE, NONE)));
        return MessageDigest.isEqual(computed, stored);
    }

    @Override
    public void verifyAgainstDummy(String password) {
        Objects.requireNonNull(password, "password");
        // Exactly the work of a failed verification with the current parameters: a hash with a fresh
        // salt, compared (in constant time) with random bytes nobody has a password for.
        var salt = new byte[settings.saltLength()];
        var stored = new byte[settings.hashLength()];
        random.nextBytes(salt);
        random.nextBytes(stored);
        byte[] computed = withSlot(engine -> withBytes(password, bytes -> engine.hash(Argon2Engine.TYPE_ID,
                Argon2Engine.VERSION_13, settings.memoryKiB(), settings.iterations(), settings.parallelism(),
                settings.hashLength(), bytes, salt, NONE, NONE)));
        MessageDigest.isEqual(computed, stored);
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
        Objects.requireNonNull(hash, "hash");
        return Argon2Phc.parse(hash.value()).map(phc -> phc.weakerThan(settings)).orElse(true);
    }

    /**
     * Runs {@code work} holding one hashing slot and its engine. Package-private so tests can hold a
     * slot deterministically.
     *
     * <p>Waits up to the acquire timeout, or {@link #ADMITTED_WAIT} on a thread that holds an
     * admission.
     *
     * @throws HashingBusyException when no slot frees up within that wait (or the wait is
     *                              interrupted; the interrupt flag is kept)
     */
    <T> T withSlot(Function<Argon2Engine, T> work) {
        boolean acquired;
        try {
            var wait = admitted.get() != null && ADMITTED_WAIT.compareTo(settings.acquireTimeout()) > 0 ? ADMITTED_WAIT
                    : settings.acquireTimeout();
            acquired = slots.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HashingBusyException();
        }
        if (!acquired) {
            throw new HashingBusyException();
        }
        var engine = engines.poll();
        try {
            // There is one engine per slot, so one is always free here; the fallback only guards the invariant.
            return work.apply(engine != null ? engine : new Argon2Engine(settings.memoryKiB()));
        } finally {
            if (engine != null) {
                engines.add(engine);
            }
            slots.release();
        }
    }

    /** As {@link #withSlot(Function)}, for tests that only need to hold a slot. */
    <T> T withSlot(Supplier<T> work) {
        return withSlot(engine -> work.get());
    }

    /** Salt and hash of a PHC string that {@link Argon2Phc#parse} accepted, or null when their Base64 is broken. */
    private static byte[] @Nullable [] saltAndTag(String phc) {
        var parts = phc.split("\\$");
        try {
            return new byte[][] {Base64.getDecoder().decode(parts[4]), Base64.getDecoder().decode(parts[5])};
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return null;
        }
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
