package app.journal.webui.api;

import static app.journal.webui.api.ScriptedApi.bearer;
import static app.journal.webui.api.ScriptedApi.drain;
import static app.journal.webui.api.ScriptedApi.json;
import static app.journal.webui.api.ScriptedApi.noPauses;
import static app.journal.webui.api.ScriptedApi.problem;
import static app.journal.webui.api.ScriptedApi.tokens;
import static app.journal.webui.api.ScriptedApi.unauthorized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import app.journal.webui.api.account.ActivityItem;
import app.journal.webui.api.account.ActivityPage;
import app.journal.webui.api.devices.DeviceSession;

/**
 * The devices and activity calls against a scripted API: paths, methods, the bearer token, decoding,
 * renewal like every signed-in call, and a session signed out from another device.
 */
class JournalApiClientDevicesTest {

    private static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");
    private static final UUID THIS = UUID.fromString("11111111-1111-1111-1111-111111111111");
    private static final UUID OTHER = UUID.fromString("22222222-2222-2222-2222-222222222222");

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final InMemoryCredentialStore store = new InMemoryCredentialStore();
    private final CredentialHolder holder = store.holder();
    private final InMemoryBrowser browser = new InMemoryBrowser();

    private JournalApiClient client() {
        return ScriptedApi.client(server, store, browser, noPauses(), Clock.fixed(T0, ZoneOffset.UTC));
    }

    private void signedIn() {
        holder.store(new SessionCredentials.Account("access-1", "csrf-1", "ada@example.org"));
        browser.has("__Host-journal-refresh", "refresh-1").has("__Host-journal-csrf", "csrf-1");
    }

    private static final String TWO_SESSIONS = """
            [{"id":"11111111-1111-1111-1111-111111111111","createdAt":"2026-01-15T09:00:00Z",
              "lastUsedAt":"2026-01-15T09:59:00Z","expiresAt":"2026-02-14T09:00:00Z",
              "userAgent":"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0",
              "device":"Firefox on Windows","clientIp":"203.0.113.7","current":true},
             {"id":"22222222-2222-2222-2222-222222222222","createdAt":"2026-01-10T08:00:00Z",
              "lastUsedAt":"2026-01-14T20:00:00Z","expiresAt":"2026-02-09T08:00:00Z",
              "userAgent":"curl/8","device":"","clientIp":null,"current":false,"somethingNew":1}]""";

    @Test
    void the_devices_list_is_fetched_with_the_bearer_token_and_decoded() throws Exception {
        signedIn();
        server.enqueue(json(200, TWO_SESSIONS));

        List<DeviceSession> sessions = client().devices().sessions();

        assertThat(sessions).extracting(DeviceSession::id, DeviceSession::device, DeviceSession::clientIp,
                DeviceSession::current).containsExactly(
                        tuple(THIS, "Firefox on Windows", "203.0.113.7", true),
                        tuple(OTHER, "Unknown device", null, false));
        assertThat(sessions.getFirst().createdAt()).isEqualTo(Instant.parse("2026-01-15T09:00:00Z"));
        assertThat(sessions.getFirst().lastUsedAt()).isEqualTo(Instant.parse("2026-01-15T09:59:00Z"));
        assertThat(sessions.getFirst().expiresAt()).isEqualTo(Instant.parse("2026-02-14T09:00:00Z"));
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(ScriptedApi.path(request)).isEqualTo("/api/sessions");
        assertThat(bearer(request)).isEqualTo("access-1");
    }

    @Test
    void signing_out_another_device_deletes_its_session() throws Exception {
        signedIn();
        server.enqueue(new MockResponse.Builder().code(204).build());

        client().devices().revokeSession(OTHER);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("DELETE");
        assertThat(ScriptedApi.path(request)).isEqualTo("/api/sessions/" + OTHER);
        assertThat(bearer(request)).isEqualTo("access-1");
    }

    @Test
    void a_device_that_is_not_there_any_more_is_a_not_found_problem() {
        signedIn();
        server.enqueue(problem(404, ApiProblemException.NOT_FOUND, "No such session."));

        assertThatThrownBy(() -> client().devices().revokeSession(OTHER)).isInstanceOfSatisfying(ApiProblemException.class,
                problem -> {
                    assertThat(problem.isNotFound()).isTrue();
                    assertThat(problem.getMessage()).isEqualTo("No such session.");
                });
        assertThat(holder.current()).as("a 404 does not end the sign-in").isPresent();
    }

    @Test
    void signing_out_all_other_devices_says_how_many() throws Exception {
        signedIn();
        server.enqueue(json(200, "{\"revoked\":3}"));

        assertThat(client().devices().revokeOtherSessions()).isEqualTo(3);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("DELETE");
        assertThat(ScriptedApi.path(request)).isEqualTo("/api/sessions/others");
        assertThat(bearer(request)).isEqualTo("access-1");
    }

    @Test
    void a_page_of_activity_is_asked_for_by_page_and_size_and_decoded() throws Exception {
        signedIn();
        server.enqueue(json(200, """
                {"items":[
                  {"id":"33333333-3333-3333-3333-333333333333","at":"2026-01-15T09:00:00Z","kind":"signed_in",
                   "device":"Safari on iPhone","clientIp":"198.51.100.2",
                   "sessionId":"11111111-1111-1111-1111-111111111111","count":1,"newDevice":true},
                  {"id":"44444444-4444-4444-4444-444444444444","at":"2026-01-15T08:00:00Z","kind":"sign_in_refused",
                   "device":null,"clientIp":"198.51.100.9","sessionId":null,"count":3,"newDevice":false},
                  {"at":"2026-01-15T07:00:00Z","kind":"something_later"}],
                 "page":1,"size":20,"totalItems":43,"totalPages":3}"""));

        ActivityPage page = client().devices().activity(1, 20);

        assertThat(page.page()).isEqualTo(1);
        assertThat(page.totalItems()).isEqualTo(43);
        assertThat(page.hasNext()).isTrue();
        assertThat(page.hasPrevious()).isTrue();
        assertThat(page.items()).extracting(ActivityItem::kind, ActivityItem::device, ActivityItem::count,
                ActivityItem::newDevice).containsExactly(
                        tuple("signed_in", "Safari on iPhone", 1, true),
                        tuple("sign_in_refused", null, 3, false),
                        tuple("something_later", null, 1, false));
        assertThat(page.items().getFirst().sessionId()).isEqualTo(THIS);
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/me/activity");
        assertThat(request.getUrl().queryParameter("page")).isEqualTo("1");
        assertThat(request.getUrl().queryParameter("size")).isEqualTo("20");
        assertThat(bearer(request)).isEqualTo("access-1");
    }

    @Test
    void a_page_size_the_api_does_not_take_is_not_sent() {
        signedIn();

        assertThatThrownBy(() -> client().devices().activity(0, 101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client().devices().activity(-1, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void the_device_calls_are_renewed_and_retried_once_like_every_signed_in_call() throws Exception {
        signedIn();
        server.enqueue(unauthorized());
        server.enqueue(tokens("access-2", "refresh-2", "csrf-2"));
        server.enqueue(json(200, "[]"));

        assertThat(client().devices().sessions()).isEmpty();

        assertThat(drain(server)).extracting(ScriptedApi::path, ScriptedApi::bearer).containsExactly(
                tuple("/api/sessions", "access-1"),
                tuple("/api/auth/refresh", ""),
                tuple("/api/sessions", "access-2"));
    }

    @Test
    void a_session_revoked_from_another_device_ends_as_signed_out_elsewhere() {
        signedIn();
        server.enqueue(unauthorized());
        server.enqueue(revokedRefresh());
        JournalApiClient api = client();

        assertThatThrownBy(() -> api.listEntries(null, 20, app.journal.webui.api.journal.JournalFilter.NONE)).isInstanceOfSatisfying(SessionEndedException.class,
                ended -> assertThat(ended.signedOutElsewhere()).isTrue());

        assertThat(holder.current()).isEmpty();
        assertThat(api.sessionEnded()).isTrue();
        assertThat(api.signedOutElsewhere()).isTrue();
        api.noteSessionEnded();
        assertThat(api.signedOutElsewhere()).as("the view noting the end keeps the reason").isTrue();
    }

    @Test
    void any_other_refused_refresh_is_only_a_session_that_ended() {
        signedIn();
        server.enqueue(unauthorized());
        server.enqueue(ScriptedApi.refusedRefresh());
        JournalApiClient api = client();

        assertThatThrownBy(() -> api.devices().sessions()).isInstanceOfSatisfying(SessionEndedException.class,
                ended -> assertThat(ended.signedOutElsewhere()).isFalse());

        assertThat(api.sessionEnded()).isTrue();
        assertThat(api.signedOutElsewhere()).isFalse();
    }

    @Test
    void a_revoked_cookie_at_restore_is_signed_out_elsewhere_too() {
        browser.has("__Host-journal-refresh", "refresh-1").has("__Host-journal-csrf", "csrf-1");
        server.enqueue(revokedRefresh());
        JournalApiClient api = client();

        assertThat(api.restoreFromCookie(() -> { })).isInstanceOf(Restore.Refused.class);

        assertThat(api.signedOutElsewhere()).isTrue();
    }

    @Test
    void signing_in_again_forgets_that_the_last_session_was_signed_out_elsewhere() {
        signedIn();
        server.enqueue(unauthorized());
        server.enqueue(revokedRefresh());
        JournalApiClient api = client();
        assertThatThrownBy(() -> api.devices().sessions()).isInstanceOf(SessionEndedException.class);

        holder.store(new SessionCredentials.Account("access-9", "csrf-9", "ada@example.org"));

        assertThat(api.signedOutElsewhere()).isFalse();
        holder.clear();
        assertThat(api.signedOutElsewhere()).isFalse();
    }

    private static MockResponse revokedRefresh() {
        return new MockResponse.Builder().code(401).setHeader("Content-Type", "application/problem+json")
                .addHeader("Set-Cookie", "__Host-journal-refresh=; Max-Age=0; Path=/; Secure; HttpOnly; SameSite=Strict")
                .body("{\"type\":\"urn:journal:problem:session-revoked\",\"title\":\"Unauthorized\",\"status\":401,"
                        + "\"detail\":\"You were signed out from another device.\"}")
                .build();
    }
}
