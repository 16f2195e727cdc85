package app.journal.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

class SpringUnitOfWorkTest {

    /** A transaction manager whose rollback fails, as it does once the pool has closed a broken connection. */
    private static final PlatformTransactionManager ROLLBACK_FAILS = new PlatformTransactionManager() {
        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            return new SimpleTransactionStatus();
        }

        @Override
        public void commit(TransactionStatus status) {}

        @Override
        public void rollback(TransactionStatus status) {
            throw new TransactionSystemException("JDBC rollback failed");
        }
    };

    @Test
    void when_the_rollback_fails_too_the_works_own_failure_is_thrown_with_the_rollbacks_attached() {
        var unitOfWork = new SpringUnitOfWork(new TransactionTemplate(ROLLBACK_FAILS));
        var outage = new IllegalStateException("jOOQ",
                new SQLTransientConnectionException("Connection is not available, request timed out after 5000ms"));

        assertThatThrownBy(() -> unitOfWork.inTransaction(() -> {
            throw outage;
        })).isSameAs(outage).satisfies(thrown -> assertThat(thrown.getSuppressed())
                .singleElement().isInstanceOf(TransactionSystemException.class));
    }

    @Test
    void work_that_succeeds_returns_its_result() {
        var unitOfWork = new SpringUnitOfWork(new TransactionTemplate(ROLLBACK_FAILS));

        assertThat(unitOfWork.inTransaction(() -> "stored")).isEqualTo("stored");
    }
}
