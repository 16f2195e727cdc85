package app.journal.webui.api;

import static app.journal.webui.api.ScriptedApi.bearer;
import static app.journal.webui.api.ScriptedApi.drain;
import static app.journal.webui.api.ScriptedApi.header;
import static app.journal.webui.api.ScriptedApi.json;
import static app.journal.webui.api.ScriptedApi.noPauses;
import static app.journal.webui.api.ScriptedApi.problem;
import static app.journal.webui.api.ScriptedApi.refusedRefresh;
import static app.journal.webui.api.ScriptedApi.tokens;
import static app.journal.webui.api.ScriptedApi.unauthorized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * A browser that arrives with its refresh cookie and no credentials on this server (a restart, another
 * node, an expired HTTP session, a new window): one refresh restores the sign-in, a refused cookie is
 * cleared, an API that cannot answer clears nothing, no cookie means no call. And the refresh token is
 * never kept in server memory.
 */
class JournalApiClientRestoreTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final InMemoryCredentialStore store = new InMemoryCredentialStore();
    private final CredentialHolder holder = store.holder();
    private final InMemoryBrowser browser = new InMemoryBrowser();
    private final List<Boolean> heldTokensDuringFreshSessionStep = new ArrayList<>();

    private JournalApiClient client() {
        return ScriptedApi.client(server, store, browser, noPauses(), Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"),
                ZoneOffset.UTC));
    }

    private Restore restore() {
        return client().restoreFromCookie(() -> heldTokensDuringFreshSessionStep.add(holder.current().isPresent()));
    }

    private static mockwebserver3.MockResponse me(String email) {
        return json(200, "{\"email\":\"" + email + "\",\"roles\":[\"user\"],\"verified\":true}");
    }

    @Test
    void a_browser_with_a_refresh_cookie_is_signed_in_again_with_one_refresh() throws Exception {
        browser.has("__Host-journal-refresh", "refresh-1").has("__Host-journal-csrf", "csrf-1");
        browser.fetchSite = "none";
        server.enqueue(tokens("access-2", "refresh-2", "csrf-1"));
        server.enqueue(me("ada@example.org"));

        Restore restored = restore();

        SessionCredentials.Account account = new SessionCredentials.Account("access-2", "csrf-1", "ada@example.org");
        assertThat(restored).isEqualTo(new Restore.Restored(account));
        assertThat(holder.current()).contains(account);
        assertThat(heldTokensDuringFreshSessionStep).as("a fresh HTTP session before the tokens are kept")
                .containsExactly(false);
        List<RecordedRequest> requests = drain(server);
        assertThat(requests).extracting(ScriptedApi::path, ScriptedApi::bearer).containsExactly(
                tuple("/api/auth/refresh", ""), tuple("/api/me", "access-2"));
        RecordedRequest refresh = requests.getFirst();
        assertThat(header(refresh, "Cookie")).isEqualTo("__Host-journal-refresh=refresh-1; __Host-journal-csrf=csrf-1");
        assertThat(header(refresh, "X-CSRF-Token")).as("nothing in memory yet: the browser's CSRF cookie")
                .isEqualTo("csrf-1");
        assertThat(header(refresh, "Sec-Fetch-Site")).isEqualTo("none");
        assertThat(browser.cookie("__Host-journal-refresh")).as("the rotated cookie reached the browser")
                .isEqualTo("refresh-2");
    }

    @Test
    void a_restored_browser_session_renews_with_the_rotated_cookie_later() throws Exception {
        browser.has("__Host-journal-refresh", "refresh-1").has("__Host-journal-csrf", "csrf-1");
        server.enqueue(tokens("access-2", "refresh-2", "csrf-1"));
        server.enqueue(me("ada@example.org"));
        server.enqueue(unauthorized());
        server.enqueue(tokens("access-3", "refresh-3", "csrf-1"));
        server.enqueue(ScriptedApi.emptyPage());
        JournalApiClient client = client();

        client.restoreFromCookie(() -> { });
        client.listEntries(null, 20, app.journal.webui.api.journal.JournalFilter.NONE);

        List<RecordedRequest> refreshes = drain(server).stream()
                .filter(r -> ScriptedApi.path(r).equals("/api/auth/refresh")).toList();
        assertThat(refreshes).extracting(r -> header(r, "Cookie")).containsExactly(
                "__Host-journal-refresh=refresh-1; __Host-journal-csrf=csrf-1",
                "__Host-journal-refresh=refresh-2; __Host-journal-csrf=csrf-1");
    }

    @Test
    void a_refused_cookie_is_cleared_in_the_browser_and_the_sign_in_is_over() throws Exception {
        browser.has("__Host-journal-refresh", "revoked").has("__Host-journal-csrf", "csrf-1");
        server.enqueue(refusedRefresh());

        Restore restored = restore();

        assertThat(restored).isInstanceOfSatisfying(Restore.Refused.class,
                refused -> assertThat(refused.reason().is(ApiProblemException.INVALID_REFRESH_TOKEN)).isTrue());
        assertThat(browser.hasAnyCookie()).as("the API's clearing Set-Cookie reached the browser").isFalse();
        assertThat(browser.relayed).hasSize(2).allSatisfy(c -> assertThat(c).contains("Max-Age=0"));
        assertThat(holder.current()).isEmpty();
        assertThat(holder.ended()).as("the sign-in page says the session ended").isTrue();
        assertThat(heldTokensDuringFreshSessionStep).isEmpty();
        assertThat(server.getRequestCount()).as("no retry, no loop").isEqualTo(1);
    }

    @Test
    void an_api_that_cannot_answer_or_refuses_the_proof_clears_nothing() throws Exception {
        browser.has("__Host-journal-refresh", "refresh-1").has("__Host-journal-csrf", "csrf-1");
        server.enqueue(problem(503, ApiProblemException.SERVICE_BUSY, "Journal is busy right now."));
        server.enqueue(problem(403, "urn:journal:problem:csrf-check-failed", "Forbidden."));

        Restore busy = restore();
        Restore forbidden = restore();

        assertThat(busy).isInstanceOfSatisfying(Restore.NotNow.class, notNow -> assertThat(notNow.reason())
                .isInstanceOfSatisfying(ApiProblemException.class, p -> assertThat(p.status()).isEqualTo(503)));
        assertThat(forbidden).isInstanceOfSatisfying(Restore.NotNow.class, notNow -> assertThat(notNow.reason())
                .isInstanceOfSatisfying(ApiProblemException.class, p -> assertThat(p.status()).isEqualTo(403)));
        assertThat(browser.cookie("__Host-journal-refresh")).isEqualTo("refresh-1");
        assertThat(browser.relayed).isEmpty();
        assertThat(holder.current()).isEmpty();
        assertThat(holder.ended()).isFalse();
    }

    @Test
    void an_unreachable_api_clears_nothing_either() throws Exception {
        browser.has("__Host-journal-refresh", "refresh-1");
        server.close();

        assertThat(restore()).isInstanceOfSatisfying(Restore.NotNow.class,
                notNow -> assertThat(notNow.reason()).isInstanceOf(ApiUnreachableException.class));
        assertThat(browser.cookie("__Host-journal-refresh")).isEqualTo("refresh-1");
        assertThat(browser.forgotten).isZero();
    }

    @Test
    void without_a_refresh_cookie_the_api_is_not_asked() {
        browser.has("__Host-journal-csrf", "csrf-1");

        assertThat(restore()).isEqualTo(new Restore.NoCookie());
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void a_rejected_access_token_without_a_refresh_cookie_ends_the_session_without_a_refresh_call() {
        holder.store(new SessionCredentials.Account("access-1", "csrf-1", "ada@example.org"));
        server.enqueue(unauthorized());

        assertThatThrownBy(() -> client().listEntries(null, 20, app.journal.webui.api.journal.JournalFilter.NONE)).isInstanceOf(SessionEndedException.class);
        assertThat(server.getRequestCount()).as("only the rejected call").isEqualTo(1);
        assertThat(holder.current()).isEmpty();
    }

    @Test
    void a_browser_session_signed_in_meanwhile_is_not_restored_twice() {
        SessionCredentials.Account signedIn = new SessionCredentials.Account("access-1", "csrf-1", "ada@example.org");
        holder.store(signedIn);
        browser.has("__Host-journal-refresh", "refresh-1");

        assertThat(restore()).isEqualTo(new Restore.Restored(signedIn));
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void the_refresh_token_never_reaches_server_memory() throws Exception {
        assertThat(Arrays.stream(SessionCredentials.Account.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("accessToken", "csrfToken", "email");
        // Signed in, then renewed: whatever the browser session keeps does not contain a refresh token.
        server.enqueue(tokens("access-1", "refresh-secret-1", "csrf-1"));
        server.enqueue(me("ada@example.org"));
        server.enqueue(unauthorized());
        server.enqueue(tokens("access-2", "refresh-secret-2", "csrf-1"));
        server.enqueue(ScriptedApi.emptyPage());
        JournalApiClient client = client();
        client.logIn("ada@example.org", "correct horse battery", true, () -> { });
        client.listEntries(null, 20, app.journal.webui.api.journal.JournalFilter.NONE);

        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(kept)) {
            out.writeObject(holder);
        }
        assertThat(kept.toString(StandardCharsets.ISO_8859_1)).contains("access-2").doesNotContain("refresh-secret");
        assertThat(browser.cookie("__Host-journal-refresh")).isEqualTo("refresh-secret-2");
        assertThat(bearer(drain(server).getLast())).isEqualTo("access-2");
    }
}
