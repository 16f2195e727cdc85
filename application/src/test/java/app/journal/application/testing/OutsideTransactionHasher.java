package app.journal.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.application.port.out.PasswordHasher;
import app.journal.domain.user.PasswordHash;

/**
 * A hasher that fails the test when a hash is computed or verified inside a unit of work (in
 * production that would hold a pooled connection for the whole hash); otherwise it is {@code hasher}.
 */
public final class OutsideTransactionHasher implements PasswordHasher {

    private final PasswordHasher hasher;
    private final InlineUnitOfWork unitOfWork;

    public OutsideTransactionHasher(PasswordHasher hasher, InlineUnitOfWork unitOfWork) {
        this.hasher = hasher;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Admission admit() {
        return hasher.admit();
    }

    @Override
    public PasswordHash hash(String password) {
        assertThat(unitOfWork.isOpen()).as("hashing inside a transaction").isFalse();
        return hasher.hash(password);
    }

    @Override
    public boolean verify(String password, PasswordHash hash) {
        assertThat(unitOfWork.isOpen()).as("verifying inside a transaction").isFalse();
        return hasher.verify(password, hash);
    }

    @Override
    public void verifyAgainstDummy(String password) {
        hasher.verifyAgainstDummy(password);
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
        return hasher.needsRehash(hash);
    }
}
