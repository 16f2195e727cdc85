package app.journal.application.port.out;

import java.util.function.Supplier;

/**
 * The transaction seam: what runs inside {@link #inTransaction} is committed together or not at all.
 * Use cases wrap only their write sections: never a password hash (a transaction holds a pooled
 * connection) and never the rate limiter (a refused attempt must stay counted).
 *
 * @see "docs/decisions/0004-units-of-work.md"
 */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
