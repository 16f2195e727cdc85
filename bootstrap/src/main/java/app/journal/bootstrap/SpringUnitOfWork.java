package app.journal.bootstrap;

import app.journal.application.port.out.UnitOfWork;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transaction seam on Spring's transaction manager. jOOQ's Spring Boot auto-configuration hands
 * out a DSLContext on a transaction-aware DataSource, so every jOOQ adapter (except the rate limiter,
 * which has its own) joins the transaction opened here. Nested calls join the outer one.
 *
 * @see "docs/decisions/0004-units-of-work.md"
 */
final class SpringUnitOfWork implements UnitOfWork {

    private final TransactionTemplate template;

    SpringUnitOfWork(TransactionTemplate template) {
        this.template = template;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return template.execute(status -> work.get());
    }
}
