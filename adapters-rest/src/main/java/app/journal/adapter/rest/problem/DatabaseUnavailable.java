package app.journal.adapter.rest.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Recognises a failure that means "the database cannot be reached or is too slow right now", whatever
 * wrapped it on the way up (jOOQ, Spring's transaction manager, the connection pool): a request that
 * fails this way is answered {@code 503 service-unavailable} with {@code Retry-After}, never a 500, and
 * is not logged with a stack trace per request while an outage lasts.
 *
 * <p>Only JDK types and SQLSTATE classes are looked at, so the REST adapter knows no persistence
 * library: connection exceptions (class {@code 08}), the pool's "no connection within
 * {@code connection-timeout}" ({@link SQLTransientConnectionException}), a socket that timed out, and
 * PostgreSQL's "cannot connect now" / "shutting down" / "too many connections" / "statement timeout".
 *
 * @see "docs/decisions/0011-database-faults.md"
 */
final class DatabaseUnavailable {

    /** Operator intervention (57P01-57P03), too many connections (53300), statement or lock timeout (57014, 55P03). */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300", "57014", "55P03");
    /** Deep enough for jOOQ -> Spring -> Hikari -> driver -> socket chains; short enough for a cycle. */
    private static final int MAX_DEPTH = 16;

    private DatabaseUnavailable() {}

    static boolean isCause(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_DEPTH; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** The first line an operator needs, without a stack trace: the innermost message says what failed. */
    static String summary(Throwable failure) {
        Throwable innermost = failure;
        int depth = 0;
        while (innermost.getCause() != null && innermost.getCause() != innermost && depth++ < MAX_DEPTH) {
            innermost = innermost.getCause();
        }
        return innermost.getClass().getSimpleName() + ": " + innermost.getMessage();
    }
}
