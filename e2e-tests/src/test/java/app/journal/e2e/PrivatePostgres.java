package app.journal.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL cluster of the suite's own (initdb in a temporary directory, loopback only, a free port,
 * trust authentication), so that a suite can crash it: the machine's shared server is never touched.
 * Run as user {@code postgres} when the JVM runs as root (initdb refuses root; CI runs as root), as the
 * JVM's own user otherwise. The binaries are PostgreSQL's {@code bin} directory named by
 * {@code JOURNAL_PG_BIN}, or the newest {@code /usr/lib/postgresql/<version>/bin} (Debian's layout).
 */
final class PrivatePostgres implements AutoCloseable {

    static final String DATABASE = "journal";
    private static final String USER = "postgres";
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);

    private final Path bin;
    private final Path directory;
    private final Path data;
    private final Path log;
    private final int port;
    private final boolean asRoot;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread closeOnExit = new Thread(this::close, "stop-private-postgres");

    private PrivatePostgres(Path bin, Path directory, int port, boolean asRoot) {
        this.bin = bin;
        this.directory = directory;
        this.data = directory.resolve("data");
        this.log = directory.resolve("postgres.log");
        this.port = port;
        this.asRoot = asRoot;
        Runtime.getRuntime().addShutdownHook(closeOnExit);
    }

    /**
     * Makes the cluster with {@code settings} (lines of postgresql.conf), starts it and creates
     * {@value #DATABASE}.
     */
    static PrivatePostgres start(String name, List<String> settings) {
        boolean asRoot = "root".equals(System.getProperty("user.name"));
        Path directory;
        try {
            // Under /tmp, not target/: the postgres user must be able to reach it from /.
            directory = Files.createTempDirectory("journal-" + name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("No temporary directory for the cluster", e);
        }
        var cluster = new PrivatePostgres(binaries(), directory, Ports.free(), asRoot);
        try {
            if (asRoot) {
                cluster.run(List.of("chown", USER + ":", directory.toString()), false);
            }
            cluster.run(List.of(cluster.bin.resolve("initdb").toString(), "-D", cluster.data.toString(), "-U", USER,
                    "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"), true);
            List<String> conf = new ArrayList<>(List.of(
                    "listen_addresses = '127.0.0.1'",
                    "port = " + cluster.port,
                    "unix_socket_directories = '" + directory + "'",
                    "max_connections = 40",
                    "shared_buffers = 32MB"));
            conf.addAll(settings);
            Files.writeString(cluster.data.resolve("postgresql.conf"), String.join("\n", conf) + "\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            cluster.startAgain();
            try (Connection connection = cluster.dataSource("postgres").getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
            return cluster;
        } catch (IOException | SQLException | RuntimeException e) {
            cluster.close();
            throw new IllegalStateException("Could not make a private PostgreSQL cluster in " + directory + ": " + e
                    .getMessage() + "\n" + cluster.lastLogLines(), e);
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    String username() {
        return USER;
    }

    PGSimpleDataSource dataSource() {
        return dataSource(DATABASE);
    }

    /** Starts the cluster (after {@link #crash()}: with crash recovery) and waits until it accepts connections. */
    void startAgain() {
        run(List.of(bin.resolve("pg_ctl").toString(), "start", "-w", "-t", "60", "-D", data.toString(), "-l",
                log.toString()), true);
    }

    /** The process id of the wal writer, from {@code pg_stat_activity}. */
    long walWriterPid() {
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT pid FROM pg_stat_activity WHERE backend_type = 'walwriter'")) {
            if (!rows.next()) {
                throw new IllegalStateException("No walwriter in pg_stat_activity");
            }
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read pg_stat_activity: " + e.getMessage(), e);
        }
    }

    /** Sends {@code signal} (such as {@code STOP} or {@code KILL}) to the given processes. */
    void signal(String signal, List<Long> pids) {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        pids.forEach(pid -> command.add(Long.toString(pid)));
        run(command, false);
    }

    /**
     * A crash: SIGKILL to the postmaster and every process it started at once, so that none of them
     * writes anything more (WAL not yet written is gone); waits until they are all gone.
     */
    void crash() {
        long postmaster = postmasterPid();
        ProcessHandle handle = ProcessHandle.of(postmaster)
                .orElseThrow(() -> new IllegalStateException("The postmaster " + postmaster + " is not running"));
        List<ProcessHandle> all = Stream.concat(Stream.of(handle), handle.descendants()).toList();
        signal("KILL", all.stream().map(ProcessHandle::pid).toList());
        for (ProcessHandle process : all) {
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("PostgreSQL process " + process.pid() + " did not end after SIGKILL", e);
            }
        }
    }

    long postmasterPid() {
        try {
            return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).getFirst().strip());
        } catch (IOException e) {
            throw new UncheckedIOException("No postmaster.pid in " + data, e);
        }
    }

    String lastLogLines() {
        try {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            return "Last lines of " + log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 30),
                    lines.size()));
        } catch (IOException e) {
            return "(could not read " + log + ")";
        }
    }

    /** Stops the cluster (immediately: its data is thrown away) and deletes its directory. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (Thread.currentThread() != closeOnExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(closeOnExit);
            } catch (IllegalStateException shuttingDown) {
                // The hook runs anyway and finds it closed.
            }
        }
        if (Files.exists(data.resolve("postmaster.pid"))) {
            try {
                run(List.of(bin.resolve("pg_ctl").toString(), "stop", "-m", "immediate", "-w", "-D", data.toString()),
                        true);
            } catch (RuntimeException alreadyDown) {
                // Crashed and not started again: nothing runs.
            }
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Could not delete " + directory + ": " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "PrivatePostgres[127.0.0.1:" + port + ", " + directory + "]";
    }

    private PGSimpleDataSource dataSource(String database) {
        var source = new PGSimpleDataSource();
        source.setUrl("jdbc:postgresql://127.0.0.1:" + port + "/" + database);
        source.setUser(USER);
        return source;
    }

    /** Runs {@code command} to its end (as {@code postgres} when {@code asOwner} and the JVM is root). */
    private void run(List<String> command, boolean asOwner) {
        List<String> full = new ArrayList<>();
        if (asOwner && asRoot) {
            full.addAll(List.of("runuser", "-u", USER, "--"));
        }
        full.addAll(command);
        try {
            Path output = Files.createTempFile("journal-pg-command-", ".log");
            try {
                Process process = new ProcessBuilder(full).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).start();
                if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", full) + " did not end within "
                            + COMMAND_TIMEOUT.toSeconds() + " s");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", full) + " exited with " + process.exitValue() + ":\n"
                            + Files.readString(output));
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + String.join(" ", full), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + String.join(" ", full), e);
        }
    }

    private static Path binaries() {
        String configured = System.getenv("JOURNAL_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.strip());
        }
        Path debian = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.filter(version -> Files.isExecutable(version.resolve("bin/initdb")))
                    .max(Comparator.comparingInt(version -> Integer.parseInt(version.getFileName().toString()
                            .replaceAll("\\D", "0"))))
                    .map(version -> version.resolve("bin"))
                    .orElseThrow(() -> new IllegalStateException("No PostgreSQL binaries under " + debian
                            + ": set JOURNAL_PG_BIN to a bin directory that has initdb and pg_ctl"));
        } catch (IOException e) {
            throw new IllegalStateException("No PostgreSQL binaries (" + debian + " cannot be read): set JOURNAL_PG_BIN"
                    + " to a bin directory that has initdb and pg_ctl", e);
        }
    }
}
