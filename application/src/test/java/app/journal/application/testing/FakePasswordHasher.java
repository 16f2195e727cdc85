package app.journal.application.testing;

import app.journal.application.port.out.PasswordHasher;
import app.journal.domain.user.PasswordHash;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link PasswordHasher} that is fast and predictable: the hash of {@code p} is {@code "fake$"}
 * followed by {@code p} reversed (by code point), so a test can tell a hash from a password and can
 * compute the hash it expects. Hashes made "with older parameters" carry the prefix {@code "old$"}
 * ({@link #legacyHashOf}); they still verify, and {@link #needsRehash} says yes to them.
 *
 * <p>Counts every {@link #hash}, {@link #verify} and {@link #verifyAgainstDummy}, because which of
 * them a use case calls (and how often) is what keeps its timing independent of whether an account
 * exists. {@link #busy} makes all three throw {@link HashingBusyException}, like a hasher whose slots
 * are all taken; {@link #full} makes {@link #admit} refuse, like a hasher with as many operations in
 * flight as it admits. Counts admissions and how many are open. Thread-safe.
 */
public final class FakePasswordHasher implements PasswordHasher {

    private static final String PREFIX = "fake$";
    private static final String LEGACY = "old$";

    private final AtomicInteger hashCalls = new AtomicInteger();
    private final AtomicInteger verifyCalls = new AtomicInteger();
    private final AtomicInteger dummyCalls = new AtomicInteger();
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicBoolean full = new AtomicBoolean();
    private final AtomicInteger admissions = new AtomicInteger();
    private final AtomicInteger open = new AtomicInteger();

    public FakePasswordHasher() {}

    /** The hash this hasher makes of {@code password}, without counting a call. */
    public PasswordHash hashOf(String password) {
        return new PasswordHash(PREFIX + new StringBuilder(password).reverse());
    }

    /** A hash of {@code password} as an older configuration made it: verifies, but needs a rehash. */
    public PasswordHash legacyHashOf(String password) {
        return new PasswordHash(LEGACY + hashOf(password).value());
    }

    /** While true, every hashing call throws {@link HashingBusyException} (and is not counted). */
    public void busy(boolean busy) {
        this.busy.set(busy);
    }

    /** While true, {@link #admit} throws {@link HashingBusyException}. */
    public void full(boolean full) {
        this.full.set(full);
    }

    @Override
    public Admission admit() {
        if (full.get()) {
            throw new HashingBusyException();
        }
        admissions.incrementAndGet();
        open.incrementAndGet();
        var closed = new AtomicBoolean();
        return () -> {
            if (closed.compareAndSet(false, true)) {
                open.decrementAndGet();
            }
        };
    }

    public int admissions() {
        return admissions.get();
    }

    /** Admissions not closed yet. */
    public int openAdmissions() {
        return open.get();
    }

    @Override
    public PasswordHash hash(String password) {
        requireSlot();
        hashCalls.incrementAndGet();
        return hashOf(password);
    }

    @Override
    public boolean verify(String password, PasswordHash hash) {
        requireSlot();
        verifyCalls.incrementAndGet();
        var current = hashOf(password).value();
        return hash.value().equals(current) || hash.value().equals(LEGACY + current);
    }

    @Override
    public void verifyAgainstDummy(String password) {
        requireSlot();
        dummyCalls.incrementAndGet();
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
        return hash.value().startsWith(LEGACY);
    }

    public int hashCalls() {
        return hashCalls.get();
    }

    public int verifyCalls() {
        return verifyCalls.get();
    }

    public int dummyCalls() {
        return dummyCalls.get();
    }

    /** Verifications of either kind: what a login attempt costs. */
    public int verificationsOfAnyKind() {
        return verifyCalls.get() + dummyCalls.get();
    }

    private void requireSlot() {
        if (busy.get()) {
            throw new HashingBusyException();
        }
    }
}
