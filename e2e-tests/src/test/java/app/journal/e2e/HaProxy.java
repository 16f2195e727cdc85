package app.journal.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HAProxy in front of two Journal nodes, configured by the repository's own
 * {@code deploy/haproxy/haproxy.cfg} (the file docker-compose.yml uses): the test renders it with
 * loopback addresses into {@code target/haproxy-<name>.cfg} and runs {@code haproxy -f <that> -db}
 * as a child process (Debian's package: {@code apt-get install -y haproxy}; or {@code JOURNAL_HAPROXY}).
 * Output goes to {@code target/haproxy-<name>.log}.
 */
final class HaProxy implements AutoCloseable {

    /** The server names in the configuration; also the values of the sticky cookie. */
    static final List<String> SERVERS = List.of("app1", "app2");
    /** The cookie by which the proxy remembers which node serves a browser. */
    static final String STICKY_COOKIE = "SERVERID";

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

    private final String name;
    private final Process process;
    private final Path log;
    private final int port;
    private final int statsPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Thread killOnExit;

    private HaProxy(String name, Process process, Path log, int port, int statsPort) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.port = port;
        this.statsPort = statsPort;
        this.killOnExit = new Thread(process::destroyForcibly, "stop-haproxy-" + name);
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /**
     * Starts HAProxy on {@code 127.0.0.1:port} in front of {@code app1} and {@code app2}, and waits
     * until it accepts connections and its health checks say both nodes are UP.
     */
    static HaProxy start(String name, int port, JournalApp app1, JournalApp app2) {
        Path executable = Path.of(System.getenv().getOrDefault("JOURNAL_HAPROXY", "/usr/sbin/haproxy"));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("No HAProxy at " + executable + ": install it (apt-get install -y haproxy) "
                    + "or point JOURNAL_HAPROXY at an haproxy executable");
        }
        int statsPort = Ports.free();
        Map<String, String> values = Map.of(
                "JOURNAL_PROXY_BIND", "127.0.0.1:" + port,
                "JOURNAL_PROXY_STATS_BIND", "127.0.0.1:" + statsPort,
                "JOURNAL_APP1", "127.0.0.1:" + app1.port(),
                "JOURNAL_APP2", "127.0.0.1:" + app2.port());
        Path config = Path.of("target", "haproxy-" + name + ".cfg").toAbsolutePath();
        Path log = Path.of("target", "haproxy-" + name + ".log").toAbsolutePath();
        Process process;
        try {
            Files.writeString(config, render(Files.readString(template(), StandardCharsets.UTF_8), values),
                    StandardCharsets.UTF_8);
            process = new ProcessBuilder(executable.toString(), "-f", config.toString(), "-db")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start HAProxy with " + config, e);
        }
        HaProxy proxy = new HaProxy(name, process, log, port, statsPort);
        try {
            Ports.await("HAProxy (" + name + ") accepting connections on port " + port + "; see " + log,
                    STARTUP_TIMEOUT, () -> Ports.accepts(port), () -> !process.isAlive());
            for (String server : SERVERS) {
                proxy.awaitServer(server, "UP");
            }
        } catch (RuntimeException | Error e) {
            proxy.close();
            throw new IllegalStateException(e.getMessage() + "\n" + proxy.logText(), e);
        }
        return proxy;
    }

    /** {@code http://127.0.0.1:<port>}: what the browser opens, and each node's public base URL. */
    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The node a {@value #STICKY_COOKIE} cookie value names: {@code app1} or {@code app2}. */
    static String otherServer(String server) {
        if (!SERVERS.contains(server)) {
            throw new AssertionError("Not a server of the proxy's configuration: " + server + " (expected one of "
                    + SERVERS + ")");
        }
        return SERVERS.get(1 - SERVERS.indexOf(server));
    }

    /** What the health checks say of each node right now ({@code UP}, {@code DOWN}, {@code UP 1/2}...). */
    Map<String, String> serverStates() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + statsPort + "/stats;csv"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        String csv;
        try {
            csv = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException("HAProxy's statistics did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
        List<String> lines = csv.lines().toList();
        List<String> header = Arrays.asList(lines.getFirst().replaceFirst("^# ", "").split(",", -1));
        int proxyColumn = header.indexOf("pxname");
        int serverColumn = header.indexOf("svname");
        int statusColumn = header.indexOf("status");
        Map<String, String> states = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            if (fields.length > statusColumn && fields[proxyColumn].equals("journal")
                    && SERVERS.contains(fields[serverColumn])) {
                states.put(fields[serverColumn], fields[statusColumn]);
            }
        }
        return states;
    }

    /** Waits until HAProxy's health checks report {@code server} in {@code state}. */
    void awaitServer(String server, String state) {
        Ports.await("HAProxy (" + name + ") reporting " + server + " " + state + " (last: " + serverStates() + ")",
                STARTUP_TIMEOUT, () -> state.equals(serverStates().get(server)), () -> !process.isAlive());
    }

    String logText() {
        try {
            return "HAProxy's log (" + log + "):\n" + Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(could not read " + log + ": " + e + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException shuttingDown) {
            // The hook runs anyway.
        }
    }

    @Override
    public String toString() {
        return "HAProxy (" + name + ") on port " + port;
    }

    /** Replaces every {@code ${NAME}} by its value; a name without a value is a mistake, not an empty string. */
    static String render(String template, Map<String, String> values) {
        Matcher variable = VARIABLE.matcher(template);
        StringBuilder rendered = new StringBuilder();
        List<String> unknown = new ArrayList<>();
        while (variable.find()) {
            String value = values.get(variable.group(1));
            if (value == null) {
                unknown.add(variable.group(1));
                value = variable.group();
            }
            variable.appendReplacement(rendered, Matcher.quoteReplacement(value));
        }
        variable.appendTail(rendered);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("The HAProxy template " + template() + " uses variables the test does not set: "
                    + unknown);
        }
        return rendered.toString();
    }

    private static Path template() {
        String property = System.getProperty("journal.haproxy.template");
        if (property == null || property.isBlank()) {
            throw new IllegalStateException("The system property journal.haproxy.template is not set: run the end-to-end "
                    + "tests through Maven (./mvnw verify), which sets it to deploy/haproxy/haproxy.cfg");
        }
        return Path.of(property).toAbsolutePath().normalize();
    }
}
