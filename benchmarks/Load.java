import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/**
 * The load tool of benchmarks/ (README there). One scenario per run against a Journal on this machine
 * (loopback only), bounded in time, that measures over one window, after every client is set up:
 * requests per second, latencies, and the CPU of the server process, of the PostgreSQL backends
 * connected to the benchmark database, and of this tool itself (each from /proc: utime+stime), the
 * database's commits (pg_stat_database) and statements (pg_stat_statements, when installed), and the
 * server's largest RSS. Prints one line of key=value pairs.
 *
 * <pre>
 * java benchmarks/Load.java SCENARIO BASE_URL SERVER_PID DATABASE CLIENTS SECONDS
 *   refresh       each client signs up and in once, then rotates its own refresh token
 *   login         each client logs in again and again; a 503 is waited out as its Retry-After says
 *   entries-account / entries-demo   GET /api/entries with an account's / the demo user's access token
 *   login-storm   like login, but a 503 is retried at once, with no back-off (a storm of impatient clients)
 *   kc-refresh / kc-login   the same as refresh / login against Keycloak's token endpoint (form-encoded,
 *                 client_id=bench-client, realm bench, users user0..userN-1 with password $KC_USER_PASS:
 *                 ../shared/bench/keycloak/setup.sh); BASE_URL is Keycloak's
 * </pre>
 * Journal must run with accounts on, no email verification and high rate limits (run-all.sh does).
 * The WAL counters (pg_stat_wal) are the whole PostgreSQL cluster's: other work on it shows up there.
 */
public class Load {

    private static final Pattern REFRESH = Pattern.compile("\"refreshToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ACCESS = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern KC_REFRESH = Pattern.compile("\"refresh_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final String KC_TOKEN = "/realms/bench/protocol/openid-connect/token";
    private static final String KC_PASSWORD = System.getenv().getOrDefault("KC_USER_PASS", "benchpass-Quartz-lantern-42");
    private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux

    public static void main(String[] args) throws Exception {
        if (args.length < 6) {
            throw new IllegalArgumentException("usage: SCENARIO BASE_URL SERVER_PID DATABASE CLIENTS SECONDS");
        }
        var scenario = args[0];
        var base = args[1];
        long serverPid = Long.parseLong(args[2]);
        var database = args[3];
        int clients = Integer.parseInt(args[4]);
        int seconds = Math.min(60, Integer.parseInt(args[5]));
        if (!URI.create(base).getHost().matches("localhost|127\\.0\\.0\\.1|\\[::1\\]")) {
            throw new IllegalArgumentException("loopback targets only");
        }
        var load = new Load(base, clients);
        var ready = new CountDownLatch(clients);
        var go = new CountDownLatch(1);
        var stats = new Stats();
        var pool = Executors.newFixedThreadPool(clients);
        long[] window = new long[2];
        var futures = new ArrayList<java.util.concurrent.Future<?>>();
        // Logins share 8 accounts (registered here, one by one), so that setting up 64 clients costs 8 hashes.
        var accounts = new ArrayList<String[]>();
        if (scenario.equals("login") || scenario.equals("login-storm")) {
            for (int i = 0; i < Math.min(8, clients); i++) {
                var account = new String[] {"load-" + UUID.randomUUID() + "@example.org", "Load test passphrase " + UUID.randomUUID()};
                load.untilNotBusy(() -> load.post("/api/auth/register", credentials(account[0], account[1]), null));
                accounts.add(account);
            }
        }
        if (scenario.startsWith("kc-")) {
            for (int i = 0; i < clients; i++) {
                // kc-login shares 8 users, like login; kc-refresh gives each client its own user.
                accounts.add(new String[] {"user" + (scenario.equals("kc-login") ? i % 8 : i), KC_PASSWORD});
            }
        }
        for (int i = 0; i < clients; i++) {
            var account = accounts.isEmpty() ? null : accounts.get(i % accounts.size());
            futures.add(pool.submit(() -> {
                load.run(scenario, account, ready, go, () -> window[1], stats);
                return null;
            }));
        }
        if (!ready.await(120, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new IllegalStateException("clients not set up within 120 s");
        }
        var before = Sample.take(serverPid, database);
        long toolBefore = ownCpuNanos();
        window[0] = System.nanoTime();
        window[1] = window[0] + Duration.ofSeconds(seconds).toNanos();
        go.countDown();
        long maxRss = 0;
        while (System.nanoTime() < window[1]) {
            maxRss = Math.max(maxRss, rssKiB(serverPid));
            Thread.sleep(200);
        }
        var after = Sample.take(serverPid, database);
        long toolAfter = ownCpuNanos();
        double elapsed = (System.nanoTime() - window[0]) / 1e9;
        pool.shutdown();
        for (var future : futures) {
            future.get();
        }
        long ok = stats.ok.sum();
        double perOk = ok == 0 ? Double.NaN : 1.0;
        var result = new TreeMap<String, String>();
        result.put("scenario", scenario);
        result.put("clients", Integer.toString(clients));
        result.put("seconds", "%.1f".formatted(elapsed));
        result.put("ok", Long.toString(ok));
        result.put("ok_per_s", "%.1f".formatted(ok / elapsed));
        result.put("busy503", Long.toString(stats.busy.sum()));
        result.put("other_errors", Long.toString(stats.failed.sum()));
        result.put("ok_p50_ms", ms(stats.okLatencies, 50));
        result.put("ok_p99_ms", ms(stats.okLatencies, 99));
        result.put("busy_p50_ms", ms(stats.busyLatencies, 50));
        result.put("busy_p99_ms", ms(stats.busyLatencies, 99));
        result.put("server_cpu_ms_per_ok", "%.2f".formatted(perOk * (after.serverTicks - before.serverTicks) * 1000.0 / TICKS_PER_SECOND / ok));
        result.put("pg_cpu_ms_per_ok", "%.2f".formatted(perOk * (after.pgTicks(before) * 1000.0 / TICKS_PER_SECOND) / ok));
        result.put("tool_cpu_ms_per_ok", "%.2f".formatted(perOk * (toolAfter - toolBefore) / 1e6 / ok));
        result.put("commits_per_ok", "%.2f".formatted(perOk * (after.commits - before.commits) / ok));
        result.put("statements_per_ok", before.statements < 0 ? "n/a"
                : "%.2f".formatted(perOk * (after.statements - before.statements) / ok));
        result.put("wal_syncs_per_ok", "%.3f".formatted(perOk * (after.walSyncs - before.walSyncs) / ok));
        result.put("wal_writes_per_ok", "%.3f".formatted(perOk * (after.walWrites - before.walWrites) / ok));
        result.put("server_rss_max_mib", Long.toString(maxRss / 1024));
        var line = new StringBuilder();
        result.forEach((k, v) -> line.append(k).append('=').append(v).append(' '));
        System.out.println(line.toString().strip());
        System.exit(0); // the HTTP client's threads would keep the JVM alive
    }

    private final String base;
    private final HttpClient http;

    private Load(String base, int clients) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(Math.max(2, clients / 4))).build();
    }

    private void run(String scenario, String[] account, CountDownLatch ready, CountDownLatch go,
            java.util.function.LongSupplier end, Stats stats) throws Exception {
        var email = account != null ? account[0] : "load-" + UUID.randomUUID() + "@example.org";
        var password = account != null ? account[1] : "Load test passphrase " + UUID.randomUUID();
        String refresh = null;
        String access = null;
        try {
            switch (scenario) {
                case "login", "login-storm", "kc-login" -> { }
                case "kc-refresh" -> refresh = find(KC_REFRESH, untilNotBusy(() -> kcToken(
                        "grant_type=password&username=" + email + "&password=" + encode(password))).body());
                case "refresh", "entries-account" -> {
                    untilNotBusy(() -> post("/api/auth/register", credentials(email, password), null));
                    var loggedIn = untilNotBusy(() -> post("/api/auth/login", credentials(email, password), null));
                    refresh = find(REFRESH, loggedIn.body());
                    access = find(ACCESS, loggedIn.body());
                }
                case "entries-demo" -> access = find(ACCESS, post("/api/demo/session", "{}", null).body());
                default -> throw new IllegalArgumentException("unknown scenario " + scenario);
            }
            if (scenario.startsWith("entries")) {
                post("/api/entries", "{\"title\":\"load\",\"body\":\"one entry to list\"}", access);
            }
        } finally {
            ready.countDown();
        }
        go.await();
        while (System.nanoTime() < end.getAsLong()) {
            long start = System.nanoTime();
            HttpResponse<String> response = switch (scenario) {
                case "refresh" -> post("/api/auth/refresh", "{\"refreshToken\":\"" + refresh + "\"}", null);
                case "login", "login-storm" -> post("/api/auth/login", credentials(email, password), null);
                case "kc-refresh" -> kcToken("grant_type=refresh_token&refresh_token=" + encode(refresh));
                case "kc-login" -> kcToken("grant_type=password&username=" + email + "&password=" + encode(password));
                default -> get("/api/entries", access);
            };
            long took = System.nanoTime() - start;
            if (System.nanoTime() > end.getAsLong()) {
                break; // finished after the window: not counted
            }
            if (response.statusCode() == 200) {
                stats.ok.increment();
                stats.okLatencies.add(took);
                if (scenario.equals("refresh")) {
                    refresh = find(REFRESH, response.body());
                } else if (scenario.equals("kc-refresh")) {
                    refresh = find(KC_REFRESH, response.body());
                }
            } else if (response.statusCode() == 503) {
                stats.busy.increment();
                stats.busyLatencies.add(took);
                if (!scenario.equals("login-storm")) {
                    Thread.sleep(retryAfterMillis(response));
                }
            } else {
                stats.failed.increment();
                if (scenario.endsWith("refresh")) {
                    return; // a broken chain cannot go on
                }
            }
        }
    }

    /** The setup of a client, retried as a polite client would while Journal answers 503. */
    private HttpResponse<String> untilNotBusy(Call call) throws Exception {
        for (int attempt = 0; attempt < 200; attempt++) {
            var response = call.send();
            if (response.statusCode() != 503) {
                return response;
            }
            Thread.sleep(retryAfterMillis(response));
        }
        throw new IllegalStateException("still busy after 200 attempts");
    }

    /** Retry-After in seconds, spread over that second so that the waiting clients do not return at once. */
    private static long retryAfterMillis(HttpResponse<?> response) {
        long seconds = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
        return seconds * 1000 / 2 + (long) (Math.random() * seconds * 1000 / 2);
    }

    private interface Call {
        HttpResponse<String> send() throws Exception;
    }

    private HttpResponse<String> post(String path, String body, String bearer) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Keycloak's token endpoint, form-encoded, as a public client. */
    private HttpResponse<String> kcToken(String form) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + KC_TOKEN)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&client_id=bench-client")).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path, String bearer) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").header("Authorization", "Bearer " + bearer).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String credentials(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }

    private static String find(Pattern pattern, String body) {
        var matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("unexpected answer: " + body);
        }
        return matcher.group(1);
    }

    private static String ms(ConcurrentLinkedQueue<Long> latencies, int percentile) {
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return "n/a";
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return "%.1f".formatted(sorted[Math.max(0, index)] / 1e6);
    }

    private static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** utime + stime of a process, in clock ticks; 0 when it is gone. */
    static long cpuTicks(long pid) {
        try {
            var stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    static long rssKiB(long pid) {
        try {
            for (var line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // fall through
        }
        return 0;
    }

    static String psql(String sql) {
        try {
            var process = new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-Atc", sql)
                    .redirectErrorStream(true).start();
            var out = new String(process.getInputStream().readAllBytes()).strip();
            return process.waitFor() == 0 ? out : "";
        } catch (IOException | InterruptedException e) {
            return "";
        }
    }

    private static final class Stats {
        final LongAdder ok = new LongAdder();
        final LongAdder busy = new LongAdder();
        final LongAdder failed = new LongAdder();
        final ConcurrentLinkedQueue<Long> okLatencies = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Long> busyLatencies = new ConcurrentLinkedQueue<>();
    }

    /** CPU and database counters at one moment. */
    private record Sample(long serverTicks, Map<Long, Long> pgTicksByPid, long commits, long statements,
            long walSyncs, long walWrites) {

        static Sample take(long serverPid, String database) {
            var pg = new TreeMap<Long, Long>();
            for (var pid : psql("select pid from pg_stat_activity where datname = '" + database + "'").split("\\s+")) {
                if (!pid.isBlank()) {
                    pg.put(Long.parseLong(pid), cpuTicks(Long.parseLong(pid)));
                }
            }
            var commits = psql("select xact_commit + xact_rollback from pg_stat_database where datname = '" + database + "'");
            var statements = psql("select coalesce(sum(calls), 0) from pg_stat_statements s join pg_database d"
                    + " on d.oid = s.dbid where d.datname = '" + database + "'");
            // WAL flushes: wal_sync counts the fsyncs of WAL (PostgreSQL 14+), cluster-wide.
            var wal = psql("select wal_sync || ' ' || wal_write from pg_stat_wal").split(" ");
            return new Sample(cpuTicks(serverPid), pg, commits.isEmpty() ? 0 : Long.parseLong(commits),
                    statements.matches("\\d+") ? Long.parseLong(statements) : -1,
                    wal.length == 2 ? Long.parseLong(wal[0]) : 0, wal.length == 2 ? Long.parseLong(wal[1]) : 0);
        }

        /** PostgreSQL CPU since {@code before}, over the backends of the benchmark database (old and new). */
        long pgTicks(Sample before) {
            long total = 0;
            for (var entry : pgTicksByPid.entrySet()) {
                total += entry.getValue() - before.pgTicksByPid.getOrDefault(entry.getKey(), 0L);
            }
            return total;
        }
    }
}
