package app.journal.application.port.out;

import app.journal.domain.user.PasswordHash;

/** One-way password hashing (Argon2id). Implementations bound how many hashes run at once. */
public interface PasswordHasher {

    /**
     * Lets one password operation (a login or a registration) in, or refuses it at once. Called first,
     * before any database work, so that under overload a refused attempt costs next to nothing: the
     * caller holds the admission until it is done ({@code try (var admitted = hasher.admit())}).
     * Implementations admit about as many as can finish within one hash time; beyond those, a bounded
     * number may wait here for a bounded time, in arrival order, and the rest are refused at once.
     *
     * @throws HashingBusyException when as many operations as the hasher admits are in flight and its
     *                              queue is full, or the wait in it ran out
     */
    Admission admit();

    /**
     * True when an {@link #admit} now would be refused at once. A hint that lets the HTTP edge refuse a
     * login before it has parsed anything; it can change the next moment, so {@link #admit} still decides.
     */
    default boolean saturated() {
        return false;
    }

    /** @throws HashingBusyException when no hashing slot frees up within a short wait */
    PasswordHash hash(String password);

    /** @throws HashingBusyException when no hashing slot frees up within a short wait */
    boolean verify(String password, PasswordHash hash);

    /** Costs the same as a {@link #verify} that fails, so unknown accounts take as long as known ones. */
    void verifyAgainstDummy(String password);

    /** True when the hash was made with weaker parameters than the current ones. */
    boolean needsRehash(PasswordHash hash);

    /** An admitted password operation; {@link #close} (once) lets the next one in. */
    interface Admission extends AutoCloseable {
        @Override
        void close();
    }

    /** Too many hashes already running: the caller should answer "busy, try again". */
    final class HashingBusyException extends RuntimeException {
        public HashingBusyException() {
            super("Password hashing is at capacity");
        }
    }
}
