import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/**
 * The long variant of FaultsIT's 64 chains (issue 11): N refresh chains plus M clients that
 * sign in again after every second rotation, against a running Journal on this machine (loopback only),
 * for up to 10 minutes. Every answer is sorted into the documented set: 200; 503 with Retry-After (the
 * client keeps its token and tries again after Retry-After); no answer (the same); 401 to a refresh = a lost session
 * (which is also how a false reuse detection shows); anything else = outside the set. Exits 1 when a
 * session was lost or an answer was outside the set, so a run under faults (a restart, a database
 * taken away) can be judged by its exit code. Start Journal for it with
 *   --journal.user-mgmt.enabled=true --journal.auth.require-email-verify=false
 *   --journal.rate-limits.register-per-client.limit=100000 --journal.rate-limits.register-per-client.window=1h
 *   --journal.rate-limits.login-per-client.limit=100000 --journal.rate-limits.login-per-client.window=1h
 *   --journal.rate-limits.login-per-account.limit=100000 --journal.rate-limits.login-per-account.window=1h
 * then: java benchmarks/SessionChains.java http://localhost:8080 64 4 300
 */
public class SessionChains {

    private static final Pattern REFRESH = Pattern.compile("\"refreshToken\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        var base = args.length > 0 ? args[0] : "http://localhost:8080";
        int chains = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int signingIn = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int seconds = Math.min(600, args.length > 3 ? Integer.parseInt(args[3]) : 60);
        if (!URI.create(base).getHost().matches("localhost|127\\.0\\.0\\.1|\\[::1\\]")) {
            throw new IllegalArgumentException("loopback targets only");
        }
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        var counts = new ConcurrentHashMap<String, LongAdder>();
        var outside = new ConcurrentHashMap<String, String>();
        var pool = Executors.newFixedThreadPool(chains + signingIn);
        var tasks = new ArrayList<Callable<Void>>();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        for (int i = 0; i < chains + signingIn; i++) {
            boolean signsInAgain = i >= chains;
            tasks.add(() -> {
                var email = "chain-" + UUID.randomUUID() + "@example.org";
                var password = "Chain load passphrase " + UUID.randomUUID();
                // Registration hashes too: a busy 503 is tried again, as a real client would.
                HttpResponse<String> registered;
                while ((registered = post(http, base + "/api/auth/register", credentials(email, password))) == null
                        || registered.statusCode() != 202) {
                    if (System.nanoTime() > end) {
                        return null;
                    }
                    backOff(registered);
                }
                String refresh = null;
                int rotations = 0;
                while (System.nanoTime() < end) {
                    boolean login = refresh == null || (signsInAgain && rotations >= 2);
                    var answer = login
                            ? post(http, base + "/api/auth/login", credentials(email, password))
                            : post(http, base + "/api/auth/refresh", "{\"refreshToken\":\"" + refresh + "\"}");
                    String kind = (login ? "login " : "refresh ") + (answer == null ? "no answer" : answer.statusCode());
                    counts.computeIfAbsent(kind, k -> new LongAdder()).increment();
                    if (answer != null && answer.statusCode() == 200) {
                        refresh = token(answer);
                        rotations = login ? 0 : rotations + 1;
                    } else if (answer != null && answer.statusCode() == 401 && !login) {
                        counts.computeIfAbsent("lost sessions", k -> new LongAdder()).increment();
                        return null;
                    } else if (answer != null && !(answer.statusCode() == 503
                            && answer.headers().firstValue("Retry-After").isPresent())) {
                        outside.putIfAbsent(kind, answer.body());
                        Thread.sleep(200);
                    } else {
                        backOff(answer);
                    }
                }
                return null;
            });
        }
        long start = System.nanoTime();
        pool.invokeAll(tasks);
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("%d chains + %d signing in again, %.1f s%n", chains, signingIn, elapsed);
        new java.util.TreeMap<>(counts).forEach((kind, n) -> System.out.printf("  %-20s %d%n", kind, n.sum()));
        outside.forEach((kind, body) -> System.out.printf("  outside the set: %s %s%n", kind, body));
        long lost = counts.getOrDefault("lost sessions", new LongAdder()).sum();
        System.exit(lost == 0 && outside.isEmpty() ? 0 : 1);
    }

    /** Waits as {@code Retry-After} asks (with jitter, so that clients do not come back together), else 200 ms. */
    private static void backOff(HttpResponse<String> answer) throws InterruptedException {
        long seconds = answer == null ? 0 : answer.headers().firstValue("Retry-After").map(Long::parseLong).orElse(0L);
        long millis = seconds == 0 ? 200 : Math.min(5_000, seconds * 1_000);
        Thread.sleep(millis / 2 + java.util.concurrent.ThreadLocalRandom.current().nextLong(millis));
    }

    private static String credentials(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }

    private static String token(HttpResponse<String> response) {
        var m = REFRESH.matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("no refresh token: " + response.statusCode());
        }
        return m.group(1);
    }

    /** The answer, or null when there was none (refused, reset, timed out). */
    private static HttpResponse<String> post(HttpClient http, String url, String json) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
