package app.journal.application.port.out;

import app.journal.domain.user.PasswordHash;

/** One-way password hashing (Argon2id). Implementations bound how many hashes run at once. */
public interface PasswordHasher {

    /** @throws HashingBusyException when no hashing slot frees up within a short wait */
    PasswordHash hash(String password);

    /** @throws HashingBusyException when no hashing slot frees up within a short wait */
    boolean verify(String password, PasswordHash hash);

    /** Costs the same as a {@link #verify} that fails, so unknown accounts take as long as known ones. */
    void verifyAgainstDummy(String password);

    /** True when the hash was made with weaker parameters than the current ones. */
    boolean needsRehash(PasswordHash hash);

    /** Too many hashes already running: the caller should answer "busy, try again". */
    final class HashingBusyException extends RuntimeException {
        public HashingBusyException() {
            super("Password hashing is at capacity");
        }
    }
}
