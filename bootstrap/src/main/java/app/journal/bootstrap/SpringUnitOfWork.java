package app.journal.bootstrap;

import app.journal.application.port.out.UnitOfWork;
import java.util.function.Supplier;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transaction seam on Spring's transaction manager. jOOQ's Spring Boot auto-configuration hands
 * out a DSLContext on a transaction-aware DataSource, so every jOOQ adapter (except the rate limiter,
 * which has its own) joins the transaction opened here. Nested calls join the outer one.
 *
 * <p>When the work fails and the rollback fails too (the database went away, so the pool has already
 * closed the connection), the work's own failure is what is thrown, with the rollback's attached:
 * it says what happened, and a database outage is then answered 503 rather than 500.
 *
 * @see "docs/decisions/0004-units-of-work.md"
 * @see "docs/decisions/0011-database-faults.md"
 */
final class SpringUnitOfWork implements UnitOfWork {

    private final TransactionTemplate template;

    SpringUnitOfWork(TransactionTemplate template) {
        this.template = template;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return template.execute(status -> work.get());
        } catch (TransactionSystemException rollbackFailed) {
            Throwable original = rollbackFailed.getApplicationException();
            if (original instanceof RuntimeException failure) {
                failure.addSuppressed(rollbackFailed);
                throw failure;
            }
            if (original instanceof Error failure) {
                failure.addSuppressed(rollbackFailed);
                throw failure;
            }
            throw rollbackFailed;
        }
    }
}
