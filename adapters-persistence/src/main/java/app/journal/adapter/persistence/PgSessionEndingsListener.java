package app.journal.adapter.persistence;

import app.journal.application.port.out.SessionEndings;
import app.journal.domain.session.SessionId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on channel {@value #CHANNEL}, where V7's trigger on {@code user_sessions} announces every
 * session that ends, and tells {@link SessionEndings}. It holds one dedicated connection of its own
 * (never one from the pool: a pooled connection is reset and handed to others, and LISTEN belongs to a
 * backend), proves it alive with a {@code SELECT 1} every {@code heartbeat}, and when it is lost says
 * so ({@link SessionEndings#lost()}, a WARN) and reconnects with exponential backoff up to
 * {@code maxBackoff}. Notifications are only ever delivered for committed transactions, in commit order.
 *
 * @see "docs/decisions/0009-one-statement-refresh-and-notified-revocation.md"
 */
public final class PgSessionEndingsListener implements AutoCloseable {

    /** The channel V7's trigger notifies on; the payload is the session id. */
    public static final String CHANNEL = "journal_session_ended";

    /** Payload prefix of a node's own marker on the channel ({@link #catchUp}); every other node ignores it. */
    static final String MARKER_PREFIX = "caught-up:";

    private static final Logger LOG = LoggerFactory.getLogger(PgSessionEndingsListener.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);

    /** Opens a new, dedicated connection to the database. */
    @FunctionalInterface
    public interface Connector {
        Connection open() throws SQLException;
    }

    private final Connector connector;
    private final SessionEndings endings;
    private final Duration heartbeat;
    private final Duration maxBackoff;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Connection current;
    private volatile int backendPid;
    private final ConcurrentHashMap<String, CompletableFuture<Void>> markers = new ConcurrentHashMap<>();

    public PgSessionEndingsListener(Connector connector, SessionEndings endings, Duration heartbeat,
            Duration maxBackoff) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.endings = Objects.requireNonNull(endings, "endings");
        this.heartbeat = heartbeat;
        this.maxBackoff = maxBackoff;
        this.thread = Thread.ofPlatform().daemon().name("journal-session-endings").unstarted(this::run);
    }

    /** Starts listening in the background; until the first subscription, {@link SessionEndings} hears nothing. */
    public PgSessionEndingsListener start() {
        thread.start();
        return this;
    }

    /** The backend process id of the listening connection, 0 while there is none (for tests and diagnostics). */
    public int backendPid() {
        return backendPid;
    }

    /**
     * Waits until this listener has told every session ending committed before the call: it sends a
     * marker of its own on the channel through {@code notifier} (a pooled connection in autocommit) and
     * waits for the marker to come back. PostgreSQL delivers notifications in commit order, so when the
     * marker arrives every earlier ending was told. This is how the node that revoked a session refuses
     * its access tokens from the moment its answer leaves, not a notification's delay later.
     *
     * @return false when there is no subscription, the marker could not be sent, or it did not come
     *         back within {@code max}: the caller must then not trust what memory remembers
     */
    public boolean catchUp(Connector notifier, Duration max) {
        if (current == null) {
            return false;
        }
        String marker = MARKER_PREFIX + UUID.randomUUID();
        var back = new CompletableFuture<Void>();
        markers.put(marker, back);
        try {
            try (Connection connection = notifier.open();
                    PreparedStatement statement = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
                statement.setString(1, CHANNEL);
                statement.setString(2, marker);
                statement.execute();
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            }
            back.get(max.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (SQLException | RuntimeException | ExecutionException | TimeoutException e) {
            LOG.debug("Session endings not caught up: {}", e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            markers.remove(marker);
        }
    }

    private void run() {
        Duration backoff = FIRST_BACKOFF;
        boolean wasLost = false;
        while (running) {
            try (Connection connection = connector.open()) {
                current = connection;
                listen(connection);
                if (wasLost) {
                    LOG.info("Session-ending notifications are back (channel {}); active sessions are answered"
                            + " from memory again", CHANNEL);
                }
                wasLost = false;
                backoff = FIRST_BACKOFF;
                receive(connection);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                endings.lost();
                backendPid = 0;
                if (!wasLost) {
                    LOG.warn("Session-ending notifications lost ({}: {}); every request checks its session in the"
                            + " database until they are back", e.getClass().getSimpleName(), e.getMessage());
                }
                wasLost = true;
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
            } finally {
                current = null;
            }
        }
    }

    private void listen(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        // A heartbeat that hangs on a silently dead network fails after this, not after TCP gives up.
        connection.setNetworkTimeout(DIRECT, (int) heartbeat.multipliedBy(3).toMillis());
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        }
        backendPid = connection.unwrap(PGConnection.class).getBackendPID();
        endings.subscribed();
        endings.confirmed();
    }

    private void receive(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        long heartbeatNanos = heartbeat.toNanos();
        long lastBeat = System.nanoTime();
        while (running) {
            long untilBeat = heartbeatNanos - (System.nanoTime() - lastBeat);
            if (untilBeat > 0) {
                // Returns as soon as a notification arrives, or empty after the wait.
                tell(pg.getNotifications((int) Math.max(1, Duration.ofNanos(untilBeat).toMillis())));
                continue;
            }
            lastBeat = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT 1");
            }
            // Whatever the server sent before answering the heartbeat is queued now: tell it, then confirm.
            tell(pg.getNotifications());
            endings.confirmed();
        }
    }

    private void tell(PGNotification[] notifications) {
        if (notifications == null) {
            return;
        }
        for (PGNotification notification : notifications) {
            if (!CHANNEL.equals(notification.getName())) {
                continue;
            }
            if (notification.getParameter().startsWith(MARKER_PREFIX)) {
                var back = markers.get(notification.getParameter());
                if (back != null) {
                    back.complete(null);
                }
                continue;
            }
            try {
                endings.ended(new SessionId(UUID.fromString(notification.getParameter())));
            } catch (IllegalArgumentException e) {
                LOG.warn("Ignored a notification on {} that is not a session id", CHANNEL);
            }
        }
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Stops listening and closes the connection; the thread ends within a moment. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        Connection connection = current;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing the listening connection: {}", e.getMessage());
            }
        }
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final Executor DIRECT = Runnable::run;
}
