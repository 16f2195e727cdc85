package app.journal.e2e;

import static app.journal.e2e.Pause.sleep;

import app.journal.adapter.persistence.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.jar.JarFile;
import org.jspecify.annotations.Nullable;

/**
 * The packaged application ({@code bootstrap/target/journal.jar}) running as a separate process on a free
 * port against a test database, exactly as it would be started in production. Output goes to
 * {@code target/app-<name>.log}.
 *
 * <p>A suite can take the process away and bring it back as a deploy would: {@link #restart()} stops
 * it and starts the same command again (same port, database, arguments and keys), {@link #kill()}
 * ends it the way a crash would, {@link #startAgain()} starts it after either.
 */
final class JournalApp implements AutoCloseable {

    /**
     * Generous: two nodes start at once in FailoverIT, on 2 cores that may be busy with other builds,
     * and the first start of a build also records the ahead-of-time cache (a training start).
     */
    static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(300);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final int LOG_LINES_ON_FAILURE = 50;

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final Path log;
    private final int port;
    private final Thread killOnExit;
    private volatile @Nullable Process process;
    private int starts;

    private JournalApp(String name, List<String> command, Map<String, String> environment, Path workingDirectory,
            Path log, int port) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.workingDirectory = workingDirectory;
        this.log = log;
        this.port = port;
        this.killOnExit = new Thread(this::destroyTree, "stop-journal-" + name);
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /** Starts the jar against {@code database} and waits until {@code /actuator/health} says UP. */
    static JournalApp start(String name, TestDatabase database) {
        return start(name, database, List.of(), Map.of());
    }

    /**
     * Starts the jar against {@code database} with extra program arguments (such as
     * {@code --journal.user-mgmt.enabled=true}) and environment variables, and waits until it is healthy.
     */
    static JournalApp start(String name, TestDatabase database, List<String> extraArgs, Map<String, String> extraEnv) {
        List<String> args = List.copyOf(extraArgs);
        return start(name, database, port -> args, extraEnv);
    }

    /**
     * As {@link #start(String, TestDatabase, List, Map)}, for arguments that must name the port the
     * application will listen on (such as {@code --journal.public-base-url=http://localhost:<port>}).
     */
    static JournalApp start(String name, TestDatabase database, IntFunction<List<String>> extraArgsForPort,
            Map<String, String> extraEnv) {
        return start(name, database, database.jdbcUrl(), extraArgsForPort, extraEnv);
    }

    /**
     * As {@link #start(String, TestDatabase, IntFunction, Map)}, reaching {@code database} at
     * {@code jdbcUrl} (through a {@link FaultyTcpRelay}, say) instead of its own address.
     */
    static JournalApp start(String name, TestDatabase database, String jdbcUrl,
            IntFunction<List<String>> extraArgsForPort, Map<String, String> extraEnv) {
        Objects.requireNonNull(database, "database");
        return start(name, jdbcUrl, database.username(), database.password(), extraArgsForPort, extraEnv);
    }

    /** As {@link #start(String, TestDatabase, String, IntFunction, Map)}, on a database that is no {@link TestDatabase}. */
    static JournalApp start(String name, String jdbcUrl, String username, String password,
            IntFunction<List<String>> extraArgsForPort, Map<String, String> extraEnv) {
        Path jar = packagedJar();
        int port = Ports.free();
        String named = perTestJvm(name);
        Path log = Path.of("target", "app-" + named + ".log").toAbsolutePath();
        // Whatever the application writes next to itself (generated keys in .journal/) stays under target/.
        Path workingDirectory = Path.of("target", "app-" + named).toAbsolutePath();
        // Started the one documented way (scripts/journal-launch.sh: jvm.options, the extracted jar and
        // its ahead-of-time cache, recorded once by the first start of a build), with this JDK.
        List<String> command = new ArrayList<>(List.of(
                "bash", launcher(jar).toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + username,
                "--spring.datasource.password=" + password));
        command.addAll(extraArgsForPort.apply(port));
        var environment = new java.util.HashMap<String, String>(extraEnv);
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("JOURNAL_JAR", jar.toString());
        JournalApp app = new JournalApp(named, command, environment, workingDirectory, log, port);
        app.startAgain();
        return app;
    }

    /**
     * The browser tests run in two JVMs (failsafe's forkCount, e2e-tests/pom.xml), and each starts its own
     * shared {@link MailedJournal}: the second JVM's applications get their own log and working directory.
     */
    private static String perTestJvm(String name) {
        String jvm = System.getProperty("journal.test-jvm", "1");
        return jvm.equals("1") || jvm.isBlank() ? name : name + "-jvm" + jvm;
    }

    /** {@code http://127.0.0.1:<port>} without a trailing slash. */
    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    Path log() {
        return log;
    }

    /** The process id while it runs (for reading its threads and memory from {@code /proc}). */
    long pid() {
        Process current = Objects.requireNonNull(process, "Journal (" + name + ") is not running");
        return current.pid();
    }

    /**
     * Sends SIGTERM (on Linux, {@link Process#destroy()}) and waits for the process to end, up to
     * {@code timeout}; answers whether it ended by itself. Requests in flight may still be answered.
     */
    boolean terminate(Duration timeout) {
        Process current = Objects.requireNonNull(process, "Journal (" + name + ") is not running");
        current.destroy();
        try {
            boolean ended = current.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!ended) {
                current.destroyForcibly();
                current.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
            process = null;
            return ended;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while Journal (" + name + ") stopped", e);
        }
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    /**
     * Stops the application (as a deploy would: SIGTERM, then the same command again on the same port,
     * against the same database, with the same arguments and keys) and waits until it is healthy again.
     */
    void restart() {
        stopProcess();
        startAgain();
    }

    /** Ends the application at once (SIGKILL), as a crashed node or a lost machine would. */
    void kill() {
        Process current = process;
        if (current == null) {
            return;
        }
        List<ProcessHandle> descendants = current.descendants().toList();
        current.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        try {
            current.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /**
     * Starts the application's command (again) and waits until it is healthy; the log of every start
     * after the first is appended to the same file.
     */
    void startAgain() {
        if (isRunning()) {
            throw new IllegalStateException("Journal (" + name + ") is still running");
        }
        starts++;
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(starts == 1 ? ProcessBuilder.Redirect.to(log.toFile())
                        : ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(workingDirectory);
            if (starts > 1) {
                Files.writeString(log, "%n===== start %d of Journal (%s) at %s =====%n".formatted(starts, name, Instant.now()),
                        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            }
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + command.get(1), e);
        }
        try {
            awaitHealthy();
        } catch (RuntimeException | Error e) {
            stopProcess();
            throw e;
        }
    }

    /** Stops the application and every process it started, and waits for them to end. */
    void stop() {
        stopProcess();
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException shuttingDown) {
            // The hook runs anyway.
        }
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "Journal (" + name + ") on port " + port;
    }

    private void stopProcess() {
        destroyTree();
        process = null;
    }

    private void destroyTree() {
        Process current = process;
        if (current == null) {
            return;
        }
        List<ProcessHandle> descendants = current.descendants().toList();
        current.destroy();
        descendants.forEach(ProcessHandle::destroy);
        try {
            if (!current.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                current.destroyForcibly();
                current.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            current.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        String lastAnswer = "no answer yet";
        while (Instant.now().isBefore(deadline)) {
            Process current = Objects.requireNonNull(process, "process");
            if (!current.isAlive()) {
                throw new IllegalStateException("Journal (" + name + ") exited with code " + current.exitValue()
                        + " before it was healthy. Last lines of " + log + ":\n" + lastLogLines());
            }
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().replace(" ", "").contains("\"status\":\"UP\"")) {
                    return;
                }
                lastAnswer = "HTTP " + answer.statusCode() + " " + answer.body();
            } catch (ConnectException | java.net.http.HttpTimeoutException notYet) {
                lastAnswer = notYet.toString();
            } catch (IOException e) {
                lastAnswer = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Journal (" + name + ")", e);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("Journal (" + name + ") was not healthy within " + STARTUP_TIMEOUT.toSeconds()
                + " s at " + baseUrl() + "/actuator/health (last: " + lastAnswer + "). Last lines of " + log + ":\n"
                + lastLogLines());
    }

    String lastLogLines() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_ON_FAILURE), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(could not read " + log + ": " + e + ")";
        }
    }

    /** scripts/journal-launch.sh of the checkout that built {@code jar} (bootstrap/target/journal.jar). */
    private static Path launcher(Path jar) {
        Path script = jar.getParent().getParent().getParent().resolve(Path.of("scripts", "journal-launch.sh"));
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException("The launcher " + script + " does not exist next to " + jar);
        }
        return script;
    }

    private static Path packagedJar() {
        String property = System.getProperty("journal.jar");
        if (property == null || property.isBlank()) {
            throw new IllegalStateException("The system property journal.jar is not set: run the end-to-end tests "
                    + "through Maven (./mvnw verify), which sets it to bootstrap/target/journal.jar");
        }
        Path jar = Path.of(property).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The packaged application " + jar + " does not exist: run the build "
                    + "through the package phase first (./mvnw verify, or ./mvnw package -pl bootstrap -am)");
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getManifest() == null || file.getManifest().getMainAttributes().getValue("Main-Class") == null) {
                throw new IllegalStateException("The packaged application " + jar + " has no Main-Class: run the "
                        + "build through the package phase so that Spring Boot repackages it");
            }
        } catch (IOException e) {
            throw new IllegalStateException("The packaged application " + jar + " is not a readable jar (" + e.getMessage()
                    + "): run the build through the package phase first", e);
        }
        return jar;
    }
}
