package app.journal.webui.api;

import static app.journal.webui.api.ScriptedApi.bearer;
import static app.journal.webui.api.ScriptedApi.body;
import static app.journal.webui.api.ScriptedApi.countByPath;
import static app.journal.webui.api.ScriptedApi.drain;
import static app.journal.webui.api.ScriptedApi.emptyPage;
import static app.journal.webui.api.ScriptedApi.json;
import static app.journal.webui.api.ScriptedApi.noPauses;
import static app.journal.webui.api.ScriptedApi.path;
import static app.journal.webui.api.ScriptedApi.problem;
import static app.journal.webui.api.ScriptedApi.header;
import static app.journal.webui.api.ScriptedApi.refusedRefresh;
import static app.journal.webui.api.ScriptedApi.tokens;
import static app.journal.webui.api.ScriptedApi.unauthorized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.journal.webui.api.ScriptedApi.ManualClock;
import app.journal.webui.api.ScriptedApi.RecordingSleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import app.journal.webui.api.journal.EntryDraft;
import app.journal.webui.api.journal.EntryPage;
import app.journal.webui.api.account.VerifyOutcome;

/**
 * The client against a scripted API (okhttp's MockWebServer): signing in and out, and what happens when
 * the API rejects an access token: refresh once with the browser's cookie, retry once, share one refresh
 * between concurrent callers, pass the rotated cookie on to the browser, end the session when the refresh
 * is refused.
 */
class JournalApiClientAccountTest {

    private static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final InMemoryCredentialStore store = new InMemoryCredentialStore();
    private final CredentialHolder holder = store.holder();
    private final InMemoryBrowser browser = new InMemoryBrowser();

    private JournalApiClient client() {
        return ScriptedApi.client(server, store, browser, noPauses(), Clock.fixed(T0, java.time.ZoneOffset.UTC));
    }

    /** Signed in: the access and CSRF token in server memory, the refresh token only in the browser's cookie. */
    private void signedInWith(String access, String refresh) {
        String csrf = "csrf-" + refresh.substring(refresh.indexOf('-') + 1);
        holder.store(account(access, csrf));
        browser.has("__Host-journal-refresh", refresh).has("__Host-journal-csrf", csrf);
    }

    private static SessionCredentials.Account account(String access, String csrf) {
        return new SessionCredentials.Account(access, csrf, "ada@example.org");
    }

    // --- one rejected call ------------------------------------------------------------------------------

    @Test
    void a_rejected_access_token_is_refreshed_once_and_the_call_retried_once_with_the_new_token() throws Exception {
        signedInWith("access-1", "refresh-1");
        server.enqueue(unauthorized());
        server.enqueue(tokens("access-2", "refresh-2", "csrf-2"));
        server.enqueue(emptyPage());

        EntryPage page = client().listEntries(null, 20, app.journal.webui.api.journal.JournalFilter.NONE);

        assertThat(page.totalItems()).isZero();
        List<RecordedRequest> requests = drain(server);
        assertThat(requests).extracting(ScriptedApi::path, ScriptedApi::bearer).containsExactly(
                tuple("/api/entries", "access-1"),
                tuple("/api/auth/refresh", ""),
                tuple("/api/entries", "access-2"));
        RecordedRequest refresh = requests.get(1);
        assertThat(body(refresh)).as("no refresh token in the body: it is in the cookie").isEmpty();
        assertThat(header(refresh, "Cookie")).isEqualTo("__Host-journal-refresh=refresh-1; __Host-journal-csrf=csrf-1");
        assertThat(header(refresh, "X-CSRF-Token")).as("the CSRF token held in memory").isEqualTo("csrf-1");
        assertThat(header(refresh, "Sec-Fetch-Site")).isEqualTo("same-origin");
        assertThat(holder.current()).contains(account("access-2", "csrf-2"));
        assertThat(browser.relayed).containsExactly(
                "__Host-journal-refresh=refresh-2; Path=/; Secure; HttpOnly; SameSite=Strict",
                "__Host-journal-csrf=csrf-2; Path=/; Secure; SameSite=Strict");
        assertThat(browser.cookie("__Host-journal-refresh")).isEqualTo("refresh-2");
    }

    @Test
    void when_the_retry_is_rejected_too_the_session_ends_without_a_second_refresh() throws Exception {
        signedInWith("access-1", "refresh-1");
        server.enqueue(unauthorized());
        server.enqueue(tokens("access-2", "refresh-2", "csrf-2"));
        server.enqueue(unauthorized());
        server.enqueue(tokens("access-3", "refresh-3", "csrf-3")); // must never be asked for

        assertThatThrownBy(() -> client().listEntries(null, 20, app.journal.webui.api.journal.JournalFilter.NONE)).isInstanceOf(SessionEndedException.class)
                .hasMessageContaining("Your session has ended");

        assertThat(drain(server)).extracting(ScriptedApi::path)
                .containsExactly("/api/entries", "/api/auth/refresh", "/api/entries");
        assertThat(holder.current()).isEmpty();
        assertThat(holder.ended()).isTrue();
    }

    @Test
    void a_refused_refresh_drops_the_tokens_and_ends_the_session() throws Exception {
        signedInWith("access-1", "refresh-1");
        server.enqueue(unauthorized());
        server.enqueue(refusedRefresh());

        assertThatThrownBy(() -> client().createEntry(new EntryDraft("Kept", "by the view")))
                .isInstanceOfSatisfying(SessionEndedException.class, ended -> assertThat(ended.getCause())
                        .isInstanceOfSatisfying(ApiProblemException.class,
                                refused -> assertThat(refused.is(ApiProblemException.INVALID_REFRESH_TOKEN)).isTrue()));

        assertThat(drain(server)).extracting(ScriptedApi::path).containsExactly("/api/entries", "/api/auth/refresh");
        assertThat(holder.current()).isEmpty();
        assertThat(holder.ended()).isTrue();
        assertThat(browser.hasAnyCookie()).as("the API's clearing Set-Cookie reached the browser").isFalse();
        // Without tokens the next call does not even reach the API.
        assertThatThrownBy(() -> client().listEntries(null, 20, app.journal.webui.api.journal.JournalFilter.NONE)).isInstanceOf(SessionEndedException.class);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void a_refresh_the_api_cannot_answer_right_now_keeps_the_tokens_for_the_next_try() throws Exception {
        signedInWith("access-1", "refresh-1");
        server.enqueue(unauthorized());
        server.enqueue(problem(503, ApiProblemException.SERVICE_BUSY, "Journal is busy right now."));

        assertThatThrownBy(() -> client().listEntries(null, 20, app.journal.webui.api.journal.JournalFilter.NONE))
                .isInstanceOfSatisfying(ApiProblemException.class, busy -> assertThat(busy.status()).isEqualTo(503));

        assertThat(holder.current()).contains(account("access-1", "csrf-1"));
        assertThat(holder.ended()).isFalse();
        assertThat(browser.cookie("__Host-journal-refresh")).isEqualTo("refresh-1");
    }

    @Test
    void the_rotated_refresh_cookie_is_the_one_sent_with_the_next_refresh() throws Exception {
        signedInWith("access-1", "refresh-1");
        server.enqueue(unauthorized());
        server.enqueue(tokens("access-2", "refresh-2", "csrf-2"));
        server.enqueue(emptyPage());
        server.enqueue(unauthorized());
        server.enqueue(tokens("access-3", "refresh-3", "csrf-3"));
        server.enqueue(emptyPage());
        JournalApiClient client = client();

        client.listEntries(null, 20, app.journal.webui.api.journal.JournalFilter.NONE);
        client.listEntries(null, 20, app.journal.webui.api.journal.JournalFilter.NONE);

        List<RecordedRequest> refreshes = drain(server).stream()
                .filter(r -> path(r).equals("/api/auth/refresh")).toList();
        assertThat(refreshes).extracting(r -> header(r, "Cookie")).containsExactly(
                "__Host-journal-refresh=refresh-1; __Host-journal-csrf=csrf-1",
                "__Host-journal-refresh=refresh-2; __Host-journal-csrf=csrf-2");
        assertThat(refreshes).extracting(r -> header(r, "X-CSRF-Token")).containsExactly("csrf-1", "csrf-2");
        assertThat(holder.current()).contains(account("access-3", "csrf-3"));
    }

    @Test
    void an_answer_other_than_401_is_not_retried() throws Exception {
        signedInWith("access-1", "refresh-1");
        server.enqueue(problem(404, ApiProblemException.NOT_FOUND, "There is nothing here."));

        assertThatThrownBy(() -> client().getEntry(java.util.UUID.randomUUID()))
                .isInstanceOfSatisfying(ApiProblemException.class, p -> assertThat(p.isNotFound()).isTrue());
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    // --- many rejected calls at once --------------------------------------------------------------------

    /**
     * Answers entries calls with the old token only once all of them have arrived, so that every caller
     * really holds a 401 for the same token at the same time.
     */
    private static final class BurstOf401s extends Dispatcher {

        private final CountDownLatch allArrived;
        private final MockResponse refreshAnswer;
        final AtomicInteger refreshes = new AtomicInteger();
        final AtomicBoolean timedOut = new AtomicBoolean();

        BurstOf401s(int callers, MockResponse refreshAnswer) {
            this.allArrived = new CountDownLatch(callers);
            this.refreshAnswer = refreshAnswer;
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            String path = path(request);
            if (path.equals("/api/auth/refresh")) {
                refreshes.incrementAndGet();
                Thread.sleep(100); // a slow refresh: late callers must wait for it, not start their own
                return refreshAnswer;
            }
            if (bearer(request).equals("access-1")) {
                allArrived.countDown();
                if (!allArrived.await(10, TimeUnit.SECONDS)) {
                    timedOut.set(true);
                }
                return unauthorized();
            }
            return bearer(request).equals("access-2") ? emptyPage() : unauthorized();
        }
    }

    @Test
    void callers_rejected_together_share_one_refresh_and_all_retry_with_its_token() throws Exception {
        int callers = 8;
        signedInWith("access-1", "refresh-1");
        BurstOf401s api = new BurstOf401s(callers, tokens("access-2", "refresh-2", "csrf-2"));
        server.setDispatcher(api);
        RecordingSleeper sleeper = new RecordingSleeper();
        RenewalBackoff backoff = new RenewalBackoff(Duration.ofMillis(250), Duration.ofSeconds(2),
                Duration.ofSeconds(5), Duration.ofMillis(50), new SplittableRandom(7), sleeper);
        JournalApiClient client = ScriptedApi.client(server, store, browser, backoff,
                Clock.fixed(T0, java.time.ZoneOffset.UTC));

        List<Future<EntryPage>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> client.listEntries(null, 20, app.journal.webui.api.journal.JournalFilter.NONE)));
            }
            for (Future<EntryPage> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS).totalItems()).isZero();
            }
        }

        assertThat(api.timedOut).as("all callers were rejected at the same time").isFalse();
        assertThat(api.refreshes).hasValue(1);
        List<RecordedRequest> requests = drain(server);
        assertThat(countByPath(requests)).containsEntry("/api/auth/refresh", 1L).containsEntry("/api/entries", 2L * callers);
        assertThat(requests).filteredOn(r -> path(r).equals("/api/entries")).extracting(ScriptedApi::bearer)
                .containsOnly("access-1", "access-2")
                .filteredOn("access-2"::equals).hasSize(callers);
        assertThat(holder.current()).contains(account("access-2", "csrf-2"));
        // The callers that used someone else's refresh held back a little (jitter up to 50 ms) before retrying.
        assertThat(sleeper.sleeps).hasSizeLessThanOrEqualTo(callers - 1)
                .allSatisfy(pause -> assertThat(pause).isBetween(Duration.ZERO, Duration.ofMillis(50)));
    }

    @Test
    void callers_rejected_together_all_learn_the_session_ended_from_one_refused_refresh() throws Exception {
        int callers = 6;
        signedInWith("access-1", "refresh-1");
        BurstOf401s api = new BurstOf401s(callers, refusedRefresh());
        server.setDispatcher(api);
        JournalApiClient client = client();

        List<Future<?>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> client.listEntries(null, 20, app.journal.webui.api.journal.JournalFilter.NONE)));
            }
            for (Future<?> result : results) {
                assertThatThrownBy(() -> result.get(30, TimeUnit.SECONDS))
                        .hasCauseInstanceOf(SessionEndedException.class);
            }
        }

        assertThat(api.timedOut).isFalse();
        assertThat(api.refreshes).hasValue(1);
        assertThat(holder.current()).isEmpty();
        assertThat(holder.ended()).isTrue();
    }

    @Test
    void renewals_in_quick_succession_wait_longer_each_time_with_jitter_and_a_lone_one_does_not_wait() throws Exception {
        signedInWith("access-1", "refresh-1");
        ManualClock clock = new ManualClock(T0);
        RecordingSleeper sleeper = new RecordingSleeper();
        RenewalBackoff backoff = new RenewalBackoff(Duration.ofMillis(200), Duration.ofSeconds(2),
                Duration.ofSeconds(5), Duration.ZERO, new SplittableRandom(42), sleeper);
        JournalApiClient client = ScriptedApi.client(server, store, browser, backoff, clock);
        for (int i = 2; i <= 5; i++) {
            server.enqueue(unauthorized());
            server.enqueue(tokens("access-" + i, "refresh-" + i, "csrf-" + i));
            server.enqueue(emptyPage());
        }

        client.listEntries(null, 20, app.journal.webui.api.journal.JournalFilter.NONE);                 // first renewal: no pause
        assertThat(sleeper.sleeps).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        client.listEntries(null, 20, app.journal.webui.api.journal.JournalFilter.NONE);                 // 1 s later: 100..200 ms
        clock.advance(Duration.ofSeconds(1));
        client.listEntries(null, 20, app.journal.webui.api.journal.JournalFilter.NONE);                 // again: 200..400 ms
        clock.advance(Duration.ofSeconds(30));
        client.listEntries(null, 20, app.journal.webui.api.journal.JournalFilter.NONE);                 // after a quiet spell: no pause

        assertThat(new ArrayList<>(sleeper.sleeps)).satisfiesExactly(
                first -> assertThat(first).isBetween(Duration.ofMillis(100), Duration.ofMillis(200)),
                second -> assertThat(second).isBetween(Duration.ofMillis(200), Duration.ofMillis(400)));
    }

    // --- signing in and out -----------------------------------------------------------------------------

    @Test
    void signing_in_asks_for_the_cookie_transport_and_keeps_no_refresh_token_after_the_fresh_session_step()
            throws Exception {
        server.enqueue(tokens("access-1", "refresh-1", "csrf-1"));
        server.enqueue(json(200, "{\"id\":\"6b1f3c1e-8d2a-4c55-9c1e-2f5b7a9d0e11\",\"email\":\"ada@example.org\","
                + "\"roles\":[\"user\"],\"verified\":true}"));
        List<Boolean> heldTokensDuringFreshSessionStep = new ArrayList<>();

        SignIn signIn = client().logIn("  Ada@Example.org ", "correct horse battery", true,
                () -> heldTokensDuringFreshSessionStep.add(holder.current().isPresent()));

        assertThat(signIn).isInstanceOf(SignIn.SignedIn.class);
        SessionCredentials.Account account = ((SignIn.SignedIn) signIn).account();
        assertThat(heldTokensDuringFreshSessionStep).containsExactly(false);
        assertThat(account).isEqualTo(account("access-1", "csrf-1"));
        assertThat(browser.cookie("__Host-journal-refresh")).as("the refresh cookie went on to the browser")
                .isEqualTo("refresh-1");
        assertThat(holder.current()).contains(account);
        List<RecordedRequest> requests = drain(server);
        assertThat(requests).extracting(ScriptedApi::path, ScriptedApi::bearer).containsExactly(
                tuple("/api/auth/login", ""), tuple("/api/me", "access-1"));
        assertThat(body(requests.getFirst()))
                .isEqualTo("{\"email\":\"  Ada@Example.org \",\"password\":\"correct horse battery\","
                        + "\"transport\":\"cookie\",\"rememberMe\":true}");
    }

    @Test
    void a_wrong_password_is_invalid_credentials_and_keeps_nothing() {
        server.enqueue(problem(401, ApiProblemException.INVALID_CREDENTIALS,
                "The email address or password is wrong, or the account cannot sign in."));
        AtomicBoolean freshSession = new AtomicBoolean();

        assertThatThrownBy(() -> client().logIn("ada@example.org", "wrong", false, () -> freshSession.set(true)))
                .isInstanceOfSatisfying(ApiProblemException.class, problem -> {
                    assertThat(problem.is(ApiProblemException.INVALID_CREDENTIALS)).isTrue();
                    assertThat(problem.getMessage()).startsWith("The email address or password is wrong");
                });
        assertThat(freshSession).isFalse();
        assertThat(holder.current()).isEmpty();
        assertThat(server.getRequestCount()).as("a failed sign-in is not retried").isEqualTo(1);
    }

    @Test
    void too_many_attempts_say_how_long_to_wait() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Content-Type", "application/problem+json")
                .setHeader("Retry-After", "42")
                .body("{\"type\":\"urn:journal:problem:too-many-requests\",\"status\":429,\"detail\":\"Too many attempts.\"}")
                .build());

        assertThatThrownBy(() -> client().logIn("ada@example.org", "whatever", false, () -> { }))
                .isInstanceOfSatisfying(ApiProblemException.class, problem -> {
                    assertThat(problem.is(ApiProblemException.TOO_MANY_REQUESTS)).isTrue();
                    assertThat(problem.retryAfter()).contains(Duration.ofSeconds(42));
                });
    }

    @Test
    void signing_out_drops_the_tokens_and_ends_the_session_at_the_api_even_when_it_fails_there() throws Exception {
        signedInWith("access-1", "refresh-1");
        server.enqueue(problem(500, "urn:journal:problem:internal-error", "Something went wrong on our side."));

        client().logOut();

        RecordedRequest logout = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(path(logout)).isEqualTo("/api/auth/logout");
        assertThat(body(logout)).isEmpty();
        assertThat(header(logout, "Cookie")).isEqualTo("__Host-journal-refresh=refresh-1; __Host-journal-csrf=csrf-1");
        assertThat(header(logout, "X-CSRF-Token")).isEqualTo("csrf-1");
        assertThat(holder.current()).isEmpty();
        assertThat(holder.ended()).as("signing out is not a session that ended").isFalse();
        assertThat(browser.forgotten).as("the browser drops its cookie although the API could not say so").isEqualTo(1);
        assertThat(browser.hasAnyCookie()).isFalse();
    }

    @Test
    void signing_in_over_an_existing_session_ends_the_old_one_at_the_api_before_the_new_cookie_is_set()
            throws Exception {
        signedInWith("old-access", "old-refresh");
        server.enqueue(new MockResponse.Builder().code(204)
                .addHeader("Set-Cookie", "__Host-journal-refresh=; Max-Age=0; Path=/; Secure; HttpOnly; SameSite=Strict")
                .build());
        server.enqueue(tokens("access-1", "refresh-1", "csrf-1"));
        server.enqueue(json(200, "{\"email\":\"bob@example.org\",\"roles\":[\"user\"],\"verified\":true}"));

        client().logIn("bob@example.org", "correct horse battery", false, () -> { });

        List<RecordedRequest> requests = drain(server);
        assertThat(requests).extracting(ScriptedApi::path)
                .containsExactly("/api/auth/logout", "/api/auth/login", "/api/me");
        assertThat(header(requests.getFirst(), "Cookie")).contains("__Host-journal-refresh=old-refresh");
        assertThat(header(requests.getFirst(), "X-CSRF-Token")).as("the old session's CSRF token").isEqualTo("csrf-refresh");
        assertThat(holder.current()).contains(new SessionCredentials.Account("access-1", "csrf-1", "bob@example.org"));
        assertThat(browser.cookie("__Host-journal-refresh")).as("the new session's cookie, set last")
                .isEqualTo("refresh-1");
    }

    // --- registering and verifying ----------------------------------------------------------------------

    @Test
    void a_weak_password_comes_back_as_a_field_error_of_the_password() {
        server.enqueue(new MockResponse.Builder().code(400).setHeader("Content-Type", "application/problem+json")
                .body("{\"type\":\"urn:journal:problem:invalid-input\",\"title\":\"Invalid input\",\"status\":400,"
                        + "\"detail\":\"This password is too easy to guess.\","
                        + "\"errors\":[{\"field\":\"password\",\"message\":\"This password is too easy to guess.\"}]}")
                .build());

        assertThatThrownBy(() -> client().register("ada@example.org", "password1234"))
                .isInstanceOfSatisfying(ApiProblemException.class, problem -> {
                    assertThat(problem.is(ApiProblemException.INVALID_INPUT)).isTrue();
                    assertThat(problem.messageFor("password")).contains("This password is too easy to guess.");
                    assertThat(problem.messageFor("email")).isEmpty();
                });
    }

    @Test
    void registering_passes_on_the_apis_check_your_mail_message() throws Exception {
        server.enqueue(json(202, "{\"status\":\"accepted\",\"message\":\"A link is on its way. Check your mail.\"}"));

        assertThat(client().register("ada@example.org", "a long enough passphrase"))
                .isEqualTo("A link is on its way. Check your mail.");
        assertThat(body(server.takeRequest(5, TimeUnit.SECONDS)))
                .isEqualTo("{\"email\":\"ada@example.org\",\"password\":\"a long enough passphrase\"}");
    }

    @Test
    void verification_links_are_verified_used_or_invalid() throws Exception {
        server.enqueue(json(200, "{\"status\":\"verified\"}"));
        server.enqueue(problem(400, ApiProblemException.VERIFICATION_LINK_USED,
                "This verification link was already used. Your address is verified: you can sign in."));
        server.enqueue(problem(400, ApiProblemException.VERIFICATION_LINK_INVALID,
                "This verification link is invalid or has expired. Ask for a new one."));
        JournalApiClient client = client();

        assertThat(client.verify("token-a")).isEqualTo(new VerifyOutcome.Verified());
        assertThat(client.verify("token-a")).isEqualTo(new VerifyOutcome.AlreadyUsed(
                "This verification link was already used. Your address is verified: you can sign in."));
        assertThat(client.verify("token-b")).isEqualTo(new VerifyOutcome.Invalid(
                "This verification link is invalid or has expired. Ask for a new one."));
        assertThat(body(server.takeRequest(5, TimeUnit.SECONDS))).isEqualTo("{\"token\":\"token-a\"}");
    }

    @Test
    void a_server_error_while_verifying_is_not_mistaken_for_an_invalid_link() {
        server.enqueue(problem(503, ApiProblemException.SERVICE_BUSY, "Journal is busy right now."));

        assertThatThrownBy(() -> client().verify("token-a"))
                .isInstanceOfSatisfying(ApiProblemException.class, p -> assertThat(p.status()).isEqualTo(503));
    }

    @Test
    void tokens_never_show_in_logs_through_to_string() {
        SessionCredentials.Account account = new SessionCredentials.Account("secret-access", "secret-csrf", "ada@example.org");
        holder.store(account);

        assertThat(account.toString()).doesNotContain("secret");
        assertThat(holder.toString()).doesNotContain("secret");
    }
}
