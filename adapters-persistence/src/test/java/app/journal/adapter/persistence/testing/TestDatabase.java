package app.journal.adapter.persistence.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A throwaway PostgreSQL database for one test suite: created empty, dropped on {@link #close()}.
 *
 * <p>Where the server comes from, decided once per JVM:
 * <ol>
 *   <li>if Testcontainers is on the classpath and finds a Docker engine, one {@code postgres:16-alpine}
 *       container is started for the whole JVM;
 *   <li>otherwise the server named by {@code JOURNAL_TEST_DB_URL} (default
 *       {@code jdbc:postgresql://127.0.0.1:5432/postgres}) as {@code JOURNAL_TEST_DB_USER} /
 *       {@code JOURNAL_TEST_DB_PASSWORD} (default {@code postgres} / {@code postgres}); that user must be
 *       allowed to create databases, and the server must be PostgreSQL 13 or newer.
 * </ol>
 * Each {@link #create(String)} makes a new database {@code journal_test_<suite>_<random>} on that
 * server. A JVM shutdown hook drops whatever was not closed, so an aborted run leaves nothing behind
 * (a killed JVM still can: such leftovers are named {@code journal_test_*} and are safe to drop).
 *
 * <pre>{@code
 * static TestDatabase db;
 * @BeforeAll static void database() { db = TestDatabase.create("users"); db.migrate(); }
 * @AfterAll static void dropDatabase() { db.close(); }
 * }</pre>
 */
public final class TestDatabase implements AutoCloseable {

    static final String URL_VARIABLE = "JOURNAL_TEST_DB_URL";
    static final String USER_VARIABLE = "JOURNAL_TEST_DB_USER";
    static final String PASSWORD_VARIABLE = "JOURNAL_TEST_DB_PASSWORD";
    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    static final String DEFAULT_USER = "postgres";
    static final String DEFAULT_PASSWORD = "postgres";

    private static final Logger LOG = LoggerFactory.getLogger(TestDatabase.class);
    private static final String NAME_PREFIX = "journal_test_";
    private static final int MAX_SUITE_PART = 30;

    // Per JVM by design: one server (and at most one container) however many suites run.
    private static final Object LOCK = new Object();
    private static @Nullable Server server;
    private static @Nullable String unavailable;
    private static final Set<TestDatabase> OPEN = ConcurrentHashMap.newKeySet();

    private final Server host;
    private final String name;
    private final String jdbcUrl;
    private final PGSimpleDataSource dataSource;
    private final AtomicBoolean closed = new AtomicBoolean();

    private TestDatabase(Server host, String name) {
        this.host = host;
        this.name = name;
        this.jdbcUrl = withDatabase(host.adminUrl(), name);
        this.dataSource = host.dataSource(jdbcUrl);
    }

    /** A new, empty database with a unique name on the test server (see the class comment). */
    public static TestDatabase create(String suiteName) {
        Server host = server();
        String name = databaseName(suiteName);
        try {
            host.execute("CREATE DATABASE " + quote(name));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name + " on " + host.description()
                    + " (as " + host.username() + "): " + e.getMessage()
                    + ". The user needs the CREATEDB privilege; set " + USER_VARIABLE + " / " + PASSWORD_VARIABLE
                    + " to one that has it.", e);
        }
        var database = new TestDatabase(host, name);
        OPEN.add(database);
        return database;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return host.username();
    }

    public String password() {
        return host.password();
    }

    /** A plain, non-pooled data source: every {@code getConnection()} opens a new connection. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Applies every migration in {@code classpath:db/migration}. */
    public void migrate() {
        flyway(null).migrate();
    }

    /** Flyway on this database with Journal's migrations, up to {@code target} (null: all of them). */
    public Flyway flyway(@Nullable String target) {
        var configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    /** Drops the database, ending any connection still open on it. Closing twice does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        OPEN.remove(this);
        try {
            drop();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop the test database " + name + " on "
                    + host.description() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "TestDatabase[" + name + " on " + host.description() + "]";
    }

    private void drop() throws SQLException {
        host.execute("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)");
    }

    static String databaseName(String suiteName) {
        String suite = suiteName == null ? "" : suiteName.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (suite.length() > MAX_SUITE_PART) {
            suite = suite.substring(0, MAX_SUITE_PART).replaceAll("_+$", "");
        }
        if (suite.isEmpty()) {
            suite = "suite";
        }
        String random = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return NAME_PREFIX + suite + "_" + random; // at most 13 + 30 + 1 + 12 = 56 < 63 bytes
    }

    /**
     * The same server URL with another database: {@code jdbc:postgresql://hosts/db?params} or
     * {@code jdbc:postgresql:db?params}; the parameters are kept.
     */
    static String withDatabase(String url, String database) {
        String prefix = "jdbc:postgresql:";
        if (!url.startsWith(prefix)) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + url);
        }
        int queryStart = url.indexOf('?');
        String query = queryStart < 0 ? "" : url.substring(queryStart);
        String target = queryStart < 0 ? url : url.substring(0, queryStart);
        if (target.startsWith(prefix + "//")) {
            int pathStart = target.indexOf('/', (prefix + "//").length());
            String hosts = pathStart < 0 ? target : target.substring(0, pathStart);
            return hosts + "/" + database + query;
        }
        return prefix + database + query;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static Server server() {
        synchronized (LOCK) {
            if (server != null) {
                return server;
            }
            if (unavailable != null) {
                throw new IllegalStateException(unavailable);
            }
            long started = System.nanoTime();
            List<String> tried = new ArrayList<>();
            Server found = DockerServer.startIfAvailable(tried);
            if (found == null) {
                found = ConfiguredServer.connectIfReachable(tried);
            }
            if (found == null) {
                unavailable = "No PostgreSQL for the tests. Tried: " + String.join("; ", tried) + ". Either start a "
                        + "Docker engine (Testcontainers will run postgres:16-alpine), or point " + URL_VARIABLE
                        + " (default " + DEFAULT_URL + "), " + USER_VARIABLE + " (default " + DEFAULT_USER + ") and "
                        + PASSWORD_VARIABLE + " at a PostgreSQL 13+ server whose user may CREATE DATABASE.";
                throw new IllegalStateException(unavailable);
            }
            server = found;
            LOG.info("Test databases go to {} (decided in {} ms{})", found.description(),
                    (System.nanoTime() - started) / 1_000_000,
                    tried.isEmpty() ? "" : "; not used: " + String.join("; ", tried));
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::cleanUpAtExit, "journal-test-db-cleanup"));
            return found;
        }
    }

    /** The safety net: drop every database a suite forgot (or did not get) to close, then the server. */
    private static void cleanUpAtExit() {
        Server host;
        synchronized (LOCK) {
            host = server;
        }
        for (TestDatabase database : List.copyOf(OPEN)) {
            try {
                database.drop();
            } catch (SQLException | RuntimeException e) {
                System.err.println("Could not drop leftover test database " + database.name + ": " + e.getMessage());
            }
        }
        if (host != null) {
            host.stop();
        }
    }

    /** A PostgreSQL server that test databases are created on. */
    interface Server {

        String description();

        /** A URL of the server's maintenance database, where CREATE/DROP DATABASE run. */
        String adminUrl();

        String username();

        String password();

        /** Releases the server (stops a container); must not throw. */
        void stop();

        default PGSimpleDataSource dataSource(String url) {
            var ds = new PGSimpleDataSource();
            ds.setUrl(url);
            ds.setUser(username());
            ds.setPassword(password());
            return ds;
        }

        default void execute(String sql) throws SQLException {
            try (Connection connection = dataSource(adminUrl()).getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }

    /** The server named by the environment, or its defaults: a local PostgreSQL. */
    record ConfiguredServer(String adminUrl, String username, String password) implements Server {

        static @Nullable Server connectIfReachable(List<String> tried) {
            String url = env(URL_VARIABLE, DEFAULT_URL);
            String user = env(USER_VARIABLE, DEFAULT_USER);
            var candidate = new ConfiguredServer(url, user, env(PASSWORD_VARIABLE, DEFAULT_PASSWORD));
            try {
                candidate.execute("SELECT 1");
                return candidate;
            } catch (SQLException | RuntimeException e) {
                tried.add("the server at " + url + " as " + user + " (from " + URL_VARIABLE + "/" + USER_VARIABLE
                        + " or their defaults): " + withoutFinalPeriod(e.getMessage()));
                return null;
            }
        }

        private static String withoutFinalPeriod(@Nullable String message) {
            return message == null ? "no message" : message.strip().replaceAll("\\.+$", "");
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value.strip();
        }

        @Override
        public String description() {
            return adminUrl;
        }

        @Override
        public void stop() {
            // Not ours to stop.
        }

        @Override
        public String toString() {
            return "ConfiguredServer[" + adminUrl + ", user " + username + "]"; // no password
        }
    }
}
