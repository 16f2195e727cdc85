package app.journal.bootstrap;

import app.journal.adapter.persistence.PgSessionEndingsListener;
import app.journal.adapter.rest.security.ActiveSessionView;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Read-your-own-revocations: once this node has ended a session (any way: logout, a device list, sign
 * out others, reuse detection, a password change or reset, a deleted account), its answer does not leave
 * before this node's {@link ActiveSessionView} has heard of it. Other nodes hear within a
 * notification's delay; this node, whose client may use the ended session's access token the next
 * millisecond, must not wait for its own notification to arrive by chance.
 *
 * <p>Called after the ending statement: at once outside a transaction, after the commit inside one
 * (before that, other readers still see the session active). While the view answers from the database
 * anyway (no subscription), there is nothing to wait for. When the listener cannot confirm in time,
 * the view forgets everything it remembers, so the next requests read the database, which is right.
 *
 * @see "docs/decisions/0009-one-statement-refresh-and-notified-revocation.md"
 */
final class SessionEndingsBarrier {

    static final Duration MAX_WAIT = Duration.ofSeconds(2);

    private final ObjectProvider<ActiveSessionView> view;
    private final ObjectProvider<PgSessionEndingsListener> listener;
    private final DataSource pool;

    SessionEndingsBarrier(ObjectProvider<ActiveSessionView> view, ObjectProvider<PgSessionEndingsListener> listener,
            DataSource pool) {
        this.view = view;
        this.listener = listener;
        this.pool = pool;
    }

    /** Sessions were just ended by this node (or will be, when the current transaction commits). */
    void sessionsEnded() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    catchUp();
                }
            });
        } else {
            catchUp();
        }
    }

    private void catchUp() {
        var sessions = view.getIfAvailable();
        var feed = listener.getIfAvailable();
        if (sessions == null || !sessions.isTrusted()) {
            return;
        }
        if (feed == null || !feed.catchUp(pool::getConnection, MAX_WAIT)) {
            sessions.forgetAll();
        }
    }
}
