package app.journal.e2e;

import app.journal.adapter.persistence.testing.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fault suites' set-up: a throwaway database, a {@link FaultyTcpRelay} in front of it, and the
 * packaged Journal (accounts on, body transport) whose datasource URL names the relay. Accounts sign in
 * without verifying their address, and the rate limits are out of the way: the suites are about the
 * database, not about budgets. The heap is fixed ({@link #HEAP_MIB}), as a container's would be.
 */
final class RelayedJournal implements AutoCloseable {

    /** The Journal process's maximum heap in these suites. */
    static final int HEAP_MIB = 512;

    /**
     * Accounts on, sign-in without verifying the address, no mail sent, rate limits out of the way: the
     * fault suites are about the database, not about budgets.
     */
    static final List<String> ARGUMENTS = List.of(
            "--journal.user-mgmt.enabled=true",
            "--journal.auth.require-email-verify=false",
            "--journal.mail.delivery.enabled=false",
            "--journal.rate-limits.register-per-client.limit=100000",
            "--journal.rate-limits.register-per-client.window=1h",
            "--journal.rate-limits.login-per-client.limit=100000",
            "--journal.rate-limits.login-per-client.window=1h",
            "--journal.rate-limits.login-per-account.limit=100000",
            "--journal.rate-limits.login-per-account.window=1h");

    final TestDatabase database;
    final FaultyTcpRelay relay;
    final JournalApp app;
    final JournalTables tables;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RelayedJournal(TestDatabase database, FaultyTcpRelay relay, JournalApp app) {
        this.database = database;
        this.relay = relay;
        this.app = app;
        this.tables = new JournalTables(database.dataSource());
    }

    /** Starts it all; {@code extraArgs} come last (such as a longer {@code reuse-grace}). */
    static RelayedJournal start(String name, List<String> extraArgs) {
        TestDatabase database = TestDatabase.create("e2e_" + name.replace('-', '_'));
        FaultyTcpRelay relay = null;
        try {
            URI server = URI.create(database.jdbcUrl().substring("jdbc:".length()));
            relay = FaultyTcpRelay.start(server.getHost(), server.getPort());
            String relayed = database.jdbcUrl().replace(server.getHost() + ":" + server.getPort(),
                    "127.0.0.1:" + relay.port());
            List<String> args = new ArrayList<>(ARGUMENTS);
            args.addAll(extraArgs);
            // A fixed heap, so that "memory stays bounded" is a bound of the process, not of the machine's RAM.
            JournalApp app = JournalApp.start(name, database, relayed, port -> args,
                    java.util.Map.of("JAVA_TOOL_OPTIONS", "-Xmx" + HEAP_MIB + "m"));
            return new RelayedJournal(database, relay, app);
        } catch (RuntimeException | Error e) {
            Resources.closeInOrder(relay, database);
            throw e;
        }
    }

    /** {@code count} accounts that can sign in (registered through the API). */
    List<Account> accounts(String name, int count) {
        AccountsApi api = new AccountsApi(app.baseUrl());
        return Stream.generate(() -> Account.fresh(name)).limit(count).peek(account -> api.register(account)).toList();
    }

    /** What {@code GET /readyz} answers: its status, waiting as long as it takes (within 60 s). */
    int readiness() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.baseUrl() + "/readyz"))
                .timeout(Duration.ofSeconds(60)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** Waits until readiness answers {@code status} (200 UP, 503 DOWN); fails after {@code within}. */
    void awaitReadiness(int status, Duration within) {
        Ports.await("GET /readyz answers " + status + " (" + relay + ")", within, () -> readiness() == status,
                () -> !app.isRunning());
    }

    /** Live threads of the Journal process, from {@code /proc/<pid>/status} (Linux, as CI is). */
    int threads() {
        return (int) procStatus("Threads:");
    }

    /** Resident memory of the Journal process in MiB, from {@code /proc/<pid>/status}. */
    long residentMiB() {
        return procStatus("VmRSS:") / 1024;
    }

    private long procStatus(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(app.pid()), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").strip());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read /proc for " + app + " (Linux only): " + e.getMessage(), e);
        }
        throw new IllegalStateException("No " + field + " in /proc/" + app.pid() + "/status");
    }

    @Override
    public void close() {
        Resources.closeInOrder(app, relay, database);
    }
}
