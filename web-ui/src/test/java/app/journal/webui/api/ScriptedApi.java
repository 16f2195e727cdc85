package app.journal.webui.api;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** Helpers for tests that script the API's answers with okhttp's {@link MockWebServer}. */
final class ScriptedApi {

    private ScriptedApi() {
    }

    /** The client as the web UI wires it: JDK HTTP client, HTTP/1.1. */
    static JournalApiClient client(MockWebServer server, CredentialStore store, RefreshTransport browser,
            RenewalBackoff backoff, Clock clock) {
        HttpClient httpClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(httpClient);
        factory.setReadTimeout(Duration.ofSeconds(20));
        RestClient.Builder http = RestClient.builder().requestFactory(factory);
        return new JournalApiClient(http, ApiBaseUrl.fixed(server.url("/").toString()), store, browser, backoff, clock);
    }

    /** No pauses at all, for tests that are not about backing off. */
    static RenewalBackoff noPauses() {
        return new RenewalBackoff(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                RandomGenerator.getDefault(), duration -> {
                    throw new AssertionError("no pause expected, but asked to sleep " + duration);
                });
    }

    static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body).build();
    }

    static MockResponse problem(int status, String type, String detail) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/problem+json")
                .body("{\"type\":\"" + type + "\",\"title\":\"t\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}")
                .build();
    }

    /**
     * A cookie-transport answer of sign-in or refresh: access and CSRF token in the body, the refresh and
     * CSRF cookies in {@code Set-Cookie}.
     */
    static MockResponse tokens(String access, String refresh, String csrf) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .addHeader("Set-Cookie", "__Host-journal-refresh=" + refresh + "; Path=/; Secure; HttpOnly; SameSite=Strict")
                .addHeader("Set-Cookie", "__Host-journal-csrf=" + csrf + "; Path=/; Secure; SameSite=Strict")
                .body("{\"accessToken\":\"" + access + "\",\"tokenType\":\"Bearer\",\"expiresIn\":900,"
                        + "\"refreshExpiresIn\":2592000,\"csrfToken\":\"" + csrf + "\"}")
                .build();
    }

    /** A refused refresh: {@code 401} and the cookies cleared. */
    static MockResponse refusedRefresh() {
        return new MockResponse.Builder().code(401).setHeader("Content-Type", "application/problem+json")
                .addHeader("Set-Cookie", "__Host-journal-refresh=; Max-Age=0; Path=/; Secure; HttpOnly; SameSite=Strict")
                .addHeader("Set-Cookie", "__Host-journal-csrf=; Max-Age=0; Path=/; Secure; SameSite=Strict")
                .body("{\"type\":\"" + ApiProblemException.INVALID_REFRESH_TOKEN + "\",\"title\":\"Unauthorized\","
                        + "\"status\":401,\"detail\":\"The refresh token is not valid any more. Sign in again.\"}")
                .build();
    }

    static String header(RecordedRequest request, String name) {
        String value = request.getHeaders().get(name);
        return value == null ? "" : value;
    }

    static MockResponse emptyPage() {
        return json(200, "{\"items\":[],\"nextCursor\":null,\"totalItems\":0}");
    }

    static MockResponse unauthorized() {
        return problem(401, "urn:journal:problem:unauthorized", "A valid access token is needed.");
    }

    /** Every request the server got so far, in order, as "METHOD path [Bearer token] [body]". */
    static List<RecordedRequest> drain(MockWebServer server) throws InterruptedException {
        List<RecordedRequest> all = new ArrayList<>();
        RecordedRequest next;
        while ((next = server.takeRequest(50, TimeUnit.MILLISECONDS)) != null) {
            all.add(next);
        }
        return all;
    }

    static String path(RecordedRequest request) {
        return request.getUrl().encodedPath();
    }

    static String bearer(RecordedRequest request) {
        String authorization = request.getHeaders().get("Authorization");
        return authorization == null ? "" : authorization.replaceFirst("^Bearer ", "");
    }

    static String body(RecordedRequest request) {
        return request.getBody() == null ? "" : request.getBody().utf8();
    }

    static Map<String, Long> countByPath(List<RecordedRequest> requests) {
        return requests.stream().collect(Collectors.groupingBy(ScriptedApi::path, Collectors.counting()));
    }

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {

        private volatile Instant now;

        ManualClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** A sleeper that only writes down how long it was asked to sleep. */
    static final class RecordingSleeper implements RenewalBackoff.Sleeper {

        final BlockingQueue<Duration> sleeps = new LinkedBlockingQueue<>();

        @Override
        public void sleep(Duration duration) {
            sleeps.add(duration);
        }
    }
}
