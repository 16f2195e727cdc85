package app.journal.application.port.out;

import app.journal.domain.user.PasswordHash;

/** One-way password hashing (Argon2id). Implementations bound how many hashes run at once. */
public interface PasswordHasher {

    /**
     * Lets one password operation (a login or a registration) in, or refuses it at once. Called first,
     * before any database work, so that under overload a refused attempt costs next to nothing: the
     * caller holds the admission until it is done ({@code try (var admitted = hasher.admit())}).
     * Implementations admit about as many as can finish within one hash time and never wait here.
     *
     * @throws HashingBusyException at once when as many operations as the hasher admits are in flight
     */
    Admission admit();

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
