import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/**
 * Refresh-rotation throughput against a running Journal on this machine (loopback only; bounded in
 * time). Each of N clients registers and logs in once, then rotates its own session as fast as it
 * can for the given seconds. Start Journal for it with
 *   --journal.user-mgmt.enabled=true --journal.auth.require-email-verify=false
 *   --journal.rate-limits.register-per-client.limit=100000 --journal.rate-limits.register-per-client.window=1h
 *   --journal.rate-limits.login-per-client.limit=100000 --journal.rate-limits.login-per-client.window=1h
 * then: java benchmarks/RefreshLoad.java http://localhost:8080 8 20
 */
public class RefreshLoad {

    private static final Pattern REFRESH = Pattern.compile("\"refreshToken\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        var base = args.length > 0 ? args[0] : "http://localhost:8080";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int seconds = Math.min(120, args.length > 2 ? Integer.parseInt(args[2]) : 20);
        if (!URI.create(base).getHost().matches("localhost|127\\.0\\.0\\.1|\\[::1\\]")) {
            throw new IllegalArgumentException("loopback targets only");
        }
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var ok = new LongAdder();
        var failed = new LongAdder();
        var pool = Executors.newFixedThreadPool(clients);
        var tasks = new ArrayList<Callable<Void>>();
        for (int i = 0; i < clients; i++) {
            tasks.add(() -> {
                var email = "load-" + UUID.randomUUID() + "@example.org";
                var password = "Load test passphrase " + UUID.randomUUID();
                post(http, base + "/api/auth/register", body(email, password));
                var refresh = token(post(http, base + "/api/auth/login", body(email, password)));
                long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
                while (System.nanoTime() < end) {
                    var response = post(http, base + "/api/auth/refresh", "{\"refreshToken\":\"" + refresh + "\"}");
                    if (response.statusCode() == 200) {
                        refresh = token(response);
                        ok.increment();
                    } else {
                        failed.increment();
                        break;
                    }
                }
                return null;
            });
        }
        long start = System.nanoTime();
        pool.invokeAll(tasks);
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("%d clients, %.1f s: %d rotations (%.0f/s), %d failures%n", clients, elapsed, ok.sum(),
                ok.sum() / elapsed, failed.sum());
    }

    private static String body(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }

    private static String token(HttpResponse<String> response) {
        var m = REFRESH.matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("no refresh token: " + response.statusCode() + " " + response.body());
        }
        return m.group(1);
    }

    private static HttpResponse<String> post(HttpClient http, String url, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
