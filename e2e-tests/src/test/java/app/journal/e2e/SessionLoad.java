package app.journal.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clients of the body transport that keep their sessions alive under load, as the fault suites drive
 * Journal: each {@link Chain} signs in once and then refreshes, always with the last refresh token it
 * was given, on a thread of its own, and reads {@code GET /api/me} with its access token after each
 * rotation (the session check behind every access token needs the database too); a chain made with {@code signInAgainEvery > 0} drops its session
 * and signs in again after that many rotations, so logins run alongside.
 *
 * <p>Every answer is sorted into the documented set, and anything else is kept for the failure message:
 * <ul>
 *   <li>{@code 200}: the new token pair (the chain moves on to it);</li>
 *   <li>{@code 503} problem details with {@code Retry-After}: the chain keeps its token and tries again;</li>
 *   <li>no answer (refused, reset, timed out): the chain keeps its token and tries again, since the
 *       request may or may not have been served;</li>
 *   <li>{@code 401} to a refresh: the session is lost, which no fault may cause;</li>
 *   <li>any other status, or a 503 without problem details or {@code Retry-After}: outside the set.</li>
 * </ul>
 * Clients try again after 200 ms rather than after {@code Retry-After}, to keep the pressure on.
 */
final class SessionLoad {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern REFRESH_TOKEN = Pattern.compile("\"refreshToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern CLAIM = Pattern.compile("\"(sid|rid)\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofMillis(200);

    private final String baseUrl;
    private final Duration requestTimeout;
    private final HttpClient http;
    private final List<Chain> chains = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    final LongAdder rotations = new LongAdder();
    final LongAdder logins = new LongAdder();
    final LongAdder reads = new LongAdder();
    final LongAdder unavailable = new LongAdder();
    final LongAdder noAnswer = new LongAdder();
    final LongAdder timedOut = new LongAdder();
    /** The longest any request took until Journal answered it (whatever the answer). */
    final AtomicLong slowestAnswerMillis = new AtomicLong();
    /** Answers outside the documented set, and sessions lost (401 to a refresh), for the failure message. */
    final ConcurrentLinkedQueue<String> outsideTheSet = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> lostSessions = new ConcurrentLinkedQueue<>();

    /**
     * @param requestTimeout how long a client waits for one answer: longer than any bound a suite asserts,
     *     so a request that hangs shows up as {@link #timedOut}
     */
    SessionLoad(String baseUrl, Duration requestTimeout) {
        this.baseUrl = baseUrl;
        this.requestTimeout = requestTimeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A session of {@code account}; signs in now (the database must answer). */
    Chain signIn(Account account, int signInAgainEvery) {
        Chain chain = new Chain(account, signInAgainEvery);
        chain.logIn(true);
        synchronized (chains) {
            chains.add(chain);
        }
        return chain;
    }

    List<Chain> chains() {
        synchronized (chains) {
            return List.copyOf(chains);
        }
    }

    /** Every chain refreshes (and signs in again) on its own thread until {@link #stop()}. */
    void start() {
        running = true;
        for (Chain chain : chains()) {
            threads.add(Thread.ofPlatform().name("chain-" + chain.account.email()).start(() -> {
                while (running && chain.lost == null) {
                    chain.step();
                }
            }));
        }
    }

    /** Stops every chain after its current request and waits for them. */
    void stop() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(requestTimeout.plusSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
        }
        threads.clear();
    }

    /**
     * After the load: every chain that is not lost refreshes once more with the token it holds, trying
     * again on 503 or no answer until {@code within}; a 401 here is a lost session too.
     */
    void settle(Duration within) {
        Instant deadline = Instant.now().plus(within);
        for (Chain chain : chains()) {
            while (chain.lost == null && Instant.now().isBefore(deadline)) {
                if (chain.refreshOnce() == Step.MOVED_ON) {
                    break;
                }
            }
            if (chain.lost == null && !chain.settled) {
                chain.lose("no 200 to its last refresh within " + within.toSeconds() + " s");
            }
        }
    }

    String summary() {
        return "rotations=" + rotations + ", logins=" + logins + ", reads=" + reads + ", 503=" + unavailable + ", noAnswer=" + noAnswer
                + ", timedOut=" + timedOut + ", slowestAnswer=" + slowestAnswerMillis + " ms, lost=" + lostSessions.size()
                + ", outside=" + outsideTheSet.size();
    }

    private enum Step { MOVED_ON, TRY_AGAIN, LOST }

    /** One client: one session at a time, always the last refresh token it was given. */
    final class Chain {

        final Account account;
        private final int signInAgainEvery;
        private volatile String refreshToken;
        private volatile String accessToken;
        private volatile String lost;
        private volatile boolean settled;
        private int sinceSignIn;
        private boolean readNext;

        private Chain(Account account, int signInAgainEvery) {
            this.account = account;
            this.signInAgainEvery = signInAgainEvery;
        }

        String refreshToken() {
            return refreshToken;
        }

        String accessToken() {
            return accessToken;
        }

        /** The session ({@code sid}) of the refresh token this chain holds. */
        UUID sessionId() {
            return UUID.fromString(claim(refreshToken, "sid"));
        }

        /** The refresh generation ({@code rid} = {@code user_sessions.refresh_id}) of the token it holds. */
        UUID refreshId() {
            return UUID.fromString(claim(refreshToken, "rid"));
        }

        Optional<String> lost() {
            return Optional.ofNullable(lost);
        }

        /**
         * Refreshes and throws the answer away, keeping the old token, as when the answer is lost on the
         * way back; answers the refresh generation that answer carried, or empty when it was no 200.
         */
        Optional<UUID> refreshLosingTheAnswer() {
            HttpResponse<String> answer = post("/api/auth/refresh", "{\"refreshToken\":\"" + refreshToken + "\"}",
                    "refresh");
            if (answer == null || answer.statusCode() != 200) {
                if (answer != null && !retryable(answer)) {
                    outsideTheSet.add("refresh of " + account + ": " + answer.statusCode() + " " + answer.body());
                }
                return Optional.empty();
            }
            rotations.increment();
            return Optional.of(UUID.fromString(claim(field(REFRESH_TOKEN, answer.body()), "rid")));
        }

        /** One refresh with the token it holds now; answers whether it was a 200 (the chain moved on). */
        boolean refreshNow() {
            return refreshOnce() == Step.MOVED_ON;
        }

        private void step() {
            if (readNext) {
                readNext = false;
                read();
                return;
            }
            if (signInAgainEvery > 0 && sinceSignIn >= signInAgainEvery) {
                logIn(false);
                return;
            }
            refreshOnce();
        }

        private void logIn(boolean mustSucceed) {
            String body = "{\"email\":\"" + account.email() + "\",\"password\":\"" + account.password() + "\"}";
            HttpResponse<String> answer = post("/api/auth/login", body, "login");
            if (answer != null && answer.statusCode() == 200) {
                accessToken = field(ACCESS_TOKEN, answer.body());
                refreshToken = field(REFRESH_TOKEN, answer.body());
                sinceSignIn = 0;
                logins.increment();
                return;
            }
            if (mustSucceed) {
                throw new IllegalStateException("Signing in " + account + " answered "
                        + (answer == null ? "nothing" : answer.statusCode() + " " + answer.body()));
            }
            if (answer != null && !retryable(answer)) {
                outsideTheSet.add("login of " + account + ": " + answer.statusCode() + " " + answer.body());
            }
            pause();
        }

        private Step refreshOnce() {
            HttpResponse<String> answer = post("/api/auth/refresh", "{\"refreshToken\":\"" + refreshToken + "\"}",
                    "refresh");
            if (answer == null) {
                pause();
                return Step.TRY_AGAIN;
            }
            if (answer.statusCode() == 200) {
                accessToken = field(ACCESS_TOKEN, answer.body());
                refreshToken = field(REFRESH_TOKEN, answer.body());
                sinceSignIn++;
                settled = true;
                readNext = true;
                rotations.increment();
                return Step.MOVED_ON;
            }
            settled = false;
            if (answer.statusCode() == 401) {
                lose("401 " + typeOf(answer.body()));
                return Step.LOST;
            }
            if (!retryable(answer)) {
                outsideTheSet.add("refresh of " + account + ": " + answer.statusCode() + " " + answer.body());
            }
            pause();
            return Step.TRY_AGAIN;
        }

        /** {@code GET /api/me}: a live session's access token is answered 200 (or 503 while the database is out). */
        private void read() {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/me")).timeout(requestTimeout)
                    .header("Authorization", "Bearer " + accessToken).GET().build();
            HttpResponse<String> answer = send(request, "read");
            if (answer == null) {
                pause();
            } else if (answer.statusCode() == 200) {
                reads.increment();
            } else if (!retryable(answer)) {
                outsideTheSet.add("GET /api/me of " + account + ": " + answer.statusCode() + " " + answer.body());
            } else {
                pause();
            }
        }

        private void lose(String why) {
            lost = why;
            lostSessions.add(account + ": " + why);
        }
    }

    /** A 503 problem with Retry-After is the documented "try again"; it is counted. */
    private boolean retryable(HttpResponse<String> answer) {
        if (answer.statusCode() != 503) {
            return false;
        }
        boolean problem = answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
        boolean retryAfter = answer.headers().firstValue("Retry-After").isPresent();
        if (problem && retryAfter) {
            unavailable.increment();
            return true;
        }
        return false;
    }

    /** The answer, or null when there was none (refused, reset, timed out: counted). */
    private HttpResponse<String> post(String path, String json, String what) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return send(request, what);
    }

    private HttpResponse<String> send(HttpRequest request, String what) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            slowestAnswerMillis.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
            return answer;
        } catch (HttpTimeoutException e) {
            timedOut.increment();
            return null;
        } catch (IOException e) {
            noAnswer.increment();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during a " + what, e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_AFTER_FAILURE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String typeOf(String body) {
        Matcher matcher = TYPE.matcher(body);
        return matcher.find() ? matcher.group(1) : "(no type)";
    }

    private static String field(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("A 200 token answer without " + pattern.pattern().split("\"")[1]);
        }
        return matcher.group(1);
    }

    /** A claim of a JWT's payload, read without checking the signature (Journal checks it). */
    private static String claim(String jwt, String name) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        Matcher matcher = CLAIM.matcher(payload);
        while (matcher.find()) {
            if (matcher.group(1).equals(name)) {
                return matcher.group(2);
            }
        }
        throw new IllegalStateException("The refresh token has no " + name + " claim");
    }
}
