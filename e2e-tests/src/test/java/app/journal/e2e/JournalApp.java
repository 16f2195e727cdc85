package app.journal.e2e;

import app.journal.adapter.persistence.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.jar.JarFile;

/**
 * The packaged application ({@code bootstrap/target/journal.jar}) running as a separate process on a free
 * port against a test database, exactly as it would be started in production. Output goes to
 * {@code target/app-<name>.log}.
 */
final class JournalApp implements AutoCloseable {

    static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final int LOG_LINES_ON_FAILURE = 50;

    private final String name;
    private final Process process;
    private final Path log;
    private final int port;
    private final Thread killOnExit;

    private JournalApp(String name, Process process, Path log, int port) {
        this.name = name;
        this.process = process;
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
        Objects.requireNonNull(database, "database");
        Path jar = packagedJar();
        int port = freePort();
        List<String> extraArgs = extraArgsForPort.apply(port);
        Path log = Path.of("target", "app-" + name + ".log").toAbsolutePath();
        // Whatever the application writes next to itself (generated keys in .journal/) stays under target/.
        Path workingDirectory = Path.of("target", "app-" + name).toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password()));
        command.addAll(extraArgs);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(extraEnv);
        Process process;
        try {
            Files.createDirectories(workingDirectory);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + jar, e);
        }
        JournalApp app = new JournalApp(name, process, log, port);
        try {
            app.awaitHealthy();
        } catch (RuntimeException | Error e) {
            app.stop();
            throw e;
        }
        return app;
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

    /** Stops the application and every process it started, and waits for them to end. */
    void stop() {
        destroyTree();
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

    private void destroyTree() {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
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
            if (!process.isAlive()) {
                throw new IllegalStateException("Journal (" + name + ") exited with code " + process.exitValue()
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

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
