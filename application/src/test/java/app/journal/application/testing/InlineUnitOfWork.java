package app.journal.application.testing;

import app.journal.application.port.out.UnitOfWork;
import java.util.function.Supplier;

/**
 * Runs the work at once (the in-memory fakes have nothing to commit) and counts how often a unit of
 * work was opened (one opened inside another joins it, as in the application), and whether one is open now, so service tests can see which writes a use case
 * wraps.
 */
public final class InlineUnitOfWork implements UnitOfWork {

    private int opened;
    private int depth;

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        if (depth == 0) {
            opened++; // a unit opened inside another joins it, as a transaction with REQUIRED propagation does
        }
        depth++;
        try {
            return work.get();
        } finally {
            depth--;
        }
    }

    public synchronized int opened() {
        return opened;
    }

    public synchronized boolean isOpen() {
        return depth > 0;
    }
}
