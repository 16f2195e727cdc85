package app.journal.webui.api;

import static app.journal.webui.api.ScriptedApi.bearer;
import static app.journal.webui.api.ScriptedApi.body;
import static app.journal.webui.api.ScriptedApi.json;
import static app.journal.webui.api.ScriptedApi.noPauses;
import static app.journal.webui.api.ScriptedApi.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import app.journal.webui.api.admin.AdminUser;
import app.journal.webui.api.admin.AdminUserDetail;
import app.journal.webui.api.admin.AdminUserPage;
import app.journal.webui.api.admin.AuditFilter;
import app.journal.webui.api.admin.AuditPage;
import app.journal.webui.api.admin.UserSearch;

/**
 * The administrators' calls against a scripted API: the search's parameters, decoding of accounts, one
 * account and the audit log, each action's method, path and body, the refusals the area has its own words
 * for, "confirm it's you", and the audit CSV streamed through.
 */
class JournalApiClientAdminTest {

    private static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");
    private static final UUID BOB = UUID.fromString("33333333-3333-3333-3333-333333333333");
    private static final UUID SESSION = UUID.fromString("44444444-4444-4444-4444-444444444444");

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final InMemoryCredentialStore store = new InMemoryCredentialStore();
    private final InMemoryBrowser browser = new InMemoryBrowser();

    private Administration admin() {
        store.holder().store(new SessionCredentials.Account("access-1", "csrf-1", "root@example.org"));
        browser.has("__Host-journal-refresh", "refresh-1").has("__Host-journal-csrf", "csrf-1");
        return ScriptedApi.client(server, store, browser, noPauses(), Clock.fixed(T0, ZoneOffset.UTC)).admin();
    }

    private static MockResponse noContent() {
        return new MockResponse.Builder().code(204).build();
    }

    private static final String BOB_JSON = """
            {"id":"33333333-3333-3333-3333-333333333333","email":"bob@example.org",
             "createdAt":"2026-12-01T08:00:00Z","lastSignInAt":null,"verified":true,"twoStep":true,
             "passkeys":2,"disabled":false,"admin":false,"activeSessions":1,"somethingNew":true}""";

    @Test
    void a_capped_total_is_read_as_more_than_that() throws Exception {
        server.enqueue(json(200, "{\"users\":[" + BOB_JSON + "],\"page\":0,\"size\":1,\"total\":10000,"
                + "\"totalCapped\":true}"));

        AdminUserPage page = admin().users(UserSearch.ALL, 0, 1);

        assertThat(page.total()).isEqualTo(10_000);
        assertThat(page.totalCapped()).isTrue();
    }

    @Test
    void the_search_sends_its_query_match_filter_order_and_page_and_decodes_the_accounts() throws Exception {
        server.enqueue(json(200, "{\"users\":[" + BOB_JSON + "],\"page\":2,\"size\":50,\"total\":101}"));

        AdminUserPage page = admin().users(new UserSearch(" bob ", UserSearch.Match.CONTAINS,
                UserSearch.Filter.NO_TWO_STEP, UserSearch.Sort.LAST_SIGN_IN, true), 2, 50);

        assertThat(page.total()).isEqualTo(101);
        assertThat(page.totalCapped()).isFalse();
        assertThat(page.users()).extracting(AdminUser::id, AdminUser::email, AdminUser::lastSignInAt,
                AdminUser::twoStep, AdminUser::passkeys, AdminUser::activeSessions)
                .containsExactly(tuple(BOB, "bob@example.org", null, true, 2, 1));
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/admin/users");
        assertThat(request.getUrl().queryParameter("q")).isEqualTo("bob");
        assertThat(request.getUrl().queryParameter("match")).isEqualTo("contains");
        assertThat(request.getUrl().queryParameter("filter")).isEqualTo("no-two-step");
        assertThat(request.getUrl().queryParameter("sort")).isEqualTo("lastSignIn");
        assertThat(request.getUrl().queryParameter("dir")).isEqualTo("asc");
        assertThat(request.getUrl().queryParameter("page")).isEqualTo("2");
        assertThat(request.getUrl().queryParameter("size")).isEqualTo("50");
        assertThat(bearer(request)).isEqualTo("access-1");
    }

    @Test
    void an_empty_search_leaves_out_the_query_and_the_filter() throws Exception {
        server.enqueue(json(200, "{\"users\":[],\"page\":0,\"size\":50,\"total\":0}"));

        admin().users(UserSearch.ALL, 0, 50);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().queryParameterNames()).doesNotContain("q", "filter");
        assertThat(request.getUrl().queryParameter("sort")).isEqualTo("created");
        assertThat(request.getUrl().queryParameter("dir")).isEqualTo("desc");
    }

    @Test
    void a_page_larger_than_the_api_serves_is_not_asked_for() {
        assertThatThrownBy(() -> admin().users(UserSearch.ALL, 0, 101)).isInstanceOf(IllegalArgumentException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void one_account_comes_with_its_factors_devices_and_activity() throws Exception {
        server.enqueue(json(200, "{\"account\":" + BOB_JSON + ",\"factors\":{\"twoStep\":true,"
                + "\"recoveryCodesLeft\":7,\"passkeys\":[{\"name\":\"Phone\",\"createdAt\":\"2026-12-01T08:00:00Z\","
                + "\"lastUsedAt\":null}]},\"devices\":[{\"id\":\"44444444-4444-4444-4444-444444444444\","
                + "\"device\":\"Firefox on Linux\",\"clientIp\":\"203.0.113.9\"}],\"activity\":{\"items\":[{\"kind\":"
                + "\"admin_disabled\",\"at\":\"2026-12-05T09:00:00Z\"}],\"page\":0,\"size\":20,\"totalItems\":1,"
                + "\"totalPages\":1},\"disabled\":{\"at\":\"2026-12-05T09:00:00Z\",\"by\":\"boss@example.org\","
                + "\"reason\":\"Spam reports\"}}"));

        AdminUserDetail detail = admin().user(BOB);

        assertThat(detail.account().email()).isEqualTo("bob@example.org");
        assertThat(detail.factors().recoveryCodesLeft()).isEqualTo(7);
        assertThat(detail.factors().passkeys()).extracting(AdminUserDetail.PasskeyName::name).containsExactly("Phone");
        assertThat(detail.devices()).extracting(d -> d.id(), d -> d.device(), d -> d.current())
                .containsExactly(tuple(SESSION, "Firefox on Linux", false));
        assertThat(detail.activity()).extracting(a -> a.kind()).containsExactly("admin_disabled");
        assertThat(detail.disabled()).isEqualTo(new AdminUserDetail.Disabled(Instant.parse("2026-12-05T09:00:00Z"),
                "boss@example.org", "Spam reports"));
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/api/admin/users/" + BOB);
    }

    @Test
    void each_action_uses_its_method_path_and_body() throws Exception {
        Administration admin = admin();
        for (int i = 0; i < 10; i++) {
            server.enqueue(noContent());
        }

        admin.signOut(BOB, SESSION);
        admin.signOut(BOB, null);
        admin.disable(BOB, "  Asked by the owner  ");
        admin.enable(BOB);
        admin.resetSecondFactor(BOB);
        admin.sendPasswordResetMail(BOB);
        admin.sendVerificationMail(BOB);
        admin.delete(BOB, "bob@example.org");
        admin.grantAdmin(BOB);
        admin.revokeAdmin(BOB);

        String user = "/api/admin/users/" + BOB;
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            RecordedRequest request = server.takeRequest();
            assertThat(bearer(request)).isEqualTo("access-1");
            String sent = body(request);
            seen.add(request.getMethod() + " " + request.getUrl().encodedPath() + (sent.isEmpty() ? "" : " " + sent));
        }
        assertThat(seen).containsExactly(
                "POST " + user + "/sign-out {\"sessionId\":\"" + SESSION + "\"}",
                "POST " + user + "/sign-out {}",
                "POST " + user + "/disable {\"reason\":\"Asked by the owner\"}",
                "POST " + user + "/enable",
                "POST " + user + "/reset-second-factor",
                "POST " + user + "/password-reset-mail",
                "POST " + user + "/verification-mail",
                "DELETE " + user + " {\"confirmEmail\":\"bob@example.org\"}",
                "POST " + user + "/admin",
                "DELETE " + user + "/admin");
    }

    @Test
    void the_refusals_of_the_area_keep_their_problem_types() {
        Administration admin = admin();
        server.enqueue(problem(403, ApiProblemException.ADMIN_ONLY, "This is for administrators."));
        server.enqueue(problem(403, ApiProblemException.ADMIN_NEEDS_SECOND_FACTOR, "Turn on two-step."));
        server.enqueue(problem(409, ApiProblemException.LAST_ADMIN, "You are the last administrator."));

        assertThatThrownBy(() -> admin.users(UserSearch.ALL, 0, 50)).isInstanceOfSatisfying(ApiProblemException.class,
                p -> assertThat(p.is(ApiProblemException.ADMIN_ONLY)).isTrue());
        assertThatThrownBy(() -> admin.user(BOB)).isInstanceOfSatisfying(ApiProblemException.class,
                p -> assertThat(p.is(ApiProblemException.ADMIN_NEEDS_SECOND_FACTOR)).isTrue());
        assertThatThrownBy(() -> admin.revokeAdmin(BOB)).isInstanceOfSatisfying(ApiProblemException.class,
                p -> assertThat(p.is(ApiProblemException.LAST_ADMIN)).isTrue());
    }

    @Test
    void an_action_without_a_fresh_confirmation_asks_for_one() {
        server.enqueue(json(403, "{\"type\":\"urn:journal:problem:reauthentication-required\",\"status\":403,"
                + "\"detail\":\"Confirm it's you.\",\"methods\":[\"password\",\"totp\"]}")
                .newBuilder().setHeader("Content-Type", "application/problem+json").build());

        assertThatThrownBy(() -> admin().disable(BOB, "Spam")).isInstanceOfSatisfying(ReauthenticationRequired.class,
                needed -> assertThat(needed.needsCode()).isTrue());
    }

    @Test
    void the_audit_log_sends_only_the_filters_that_are_set() throws Exception {
        server.enqueue(json(200, "{\"entries\":[{\"id\":\"1\",\"at\":\"2026-12-05T09:00:00Z\",\"actorEmail\":"
                + "\"root@example.org\",\"action\":\"disable\",\"targetEmail\":\"bob@example.org\",\"reason\":\"Spam\","
                + "\"clientIp\":\"203.0.113.1\"}],\"page\":0,\"size\":50,\"total\":1}"));

        AuditPage page = admin().audit(new AuditFilter("root@example.org", " ", "disable",
                Instant.parse("2026-12-01T00:00:00Z"), null), 0, 50);

        assertThat(page.entries()).extracting(e -> e.action(), e -> e.targetEmail(), e -> e.reason())
                .containsExactly(tuple("disable", "bob@example.org", "Spam"));
        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/admin/audit");
        assertThat(request.getUrl().queryParameter("actor")).isEqualTo("root@example.org");
        assertThat(request.getUrl().queryParameter("action")).isEqualTo("disable");
        assertThat(request.getUrl().queryParameter("from")).isEqualTo("2026-12-01T00:00:00Z");
        assertThat(request.getUrl().queryParameterNames()).doesNotContain("target", "to");
    }

    @Test
    void the_audit_csv_is_streamed_to_the_sink_as_csv_whatever_type_the_answer_claims() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html")
                .setHeader("Content-Disposition", "attachment; filename=\"../../etc/passwd\"")
                .body("at,actor\n2026-12-05,'=cmd\n").build());
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        List<String> opened = new ArrayList<>();

        admin().downloadAuditCsv(new AuditFilter(null, "bob@example.org", null, null, null), (type, name) -> {
            opened.add(type + " " + name);
            return received;
        });

        assertThat(opened).containsExactly("text/csv;charset=UTF-8 journal-audit.csv");
        assertThat(received.toString(StandardCharsets.UTF_8)).isEqualTo("at,actor\n2026-12-05,'=cmd\n");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/admin/audit.csv");
        assertThat(request.getUrl().queryParameter("target")).isEqualTo("bob@example.org");
    }

    @Test
    void a_refused_audit_csv_never_opens_the_sink() {
        server.enqueue(problem(403, ApiProblemException.ADMIN_ONLY, "This is for administrators."));
        List<String> opened = new ArrayList<>();

        assertThatThrownBy(() -> admin().downloadAuditCsv(AuditFilter.NONE, (type, name) -> {
            opened.add(name);
            return new ByteArrayOutputStream();
        })).isInstanceOf(ApiProblemException.class);
        assertThat(opened).isEmpty();
    }

    @Test
    void a_refresh_refused_because_the_account_was_disabled_ends_the_session_with_that_reason() {
        store.holder().store(new SessionCredentials.Account("access-1", "csrf-1", "bob@example.org"));
        browser.has("__Host-journal-refresh", "refresh-1").has("__Host-journal-csrf", "csrf-1");
        JournalApiClient api = ScriptedApi.client(server, store, browser, noPauses(), Clock.fixed(T0, ZoneOffset.UTC));
        server.enqueue(ScriptedApi.unauthorized());
        server.enqueue(problem(401, ApiProblemException.ACCOUNT_DISABLED, "This account is disabled."));

        assertThatThrownBy(() -> api.listEntries(null, 20, app.journal.webui.api.journal.JournalFilter.NONE)).isInstanceOf(SessionEndedException.class);

        assertThat(api.sessionEnded()).isTrue();
        assertThat(api.accountDisabled()).isTrue();
        api.noteSessionEnded();
        assertThat(api.accountDisabled()).as("the view noting the end keeps the reason").isTrue();
    }

    @Test
    void a_disabled_account_at_restore_from_the_cookie_keeps_the_reason_too() {
        browser.has("__Host-journal-refresh", "refresh-1").has("__Host-journal-csrf", "csrf-1");
        JournalApiClient api = ScriptedApi.client(server, store, browser, noPauses(), Clock.fixed(T0, ZoneOffset.UTC));
        server.enqueue(problem(401, ApiProblemException.ACCOUNT_DISABLED, "This account is disabled."));

        assertThat(api.restoreFromCookie(() -> { })).isInstanceOf(Restore.Refused.class);

        assertThat(api.accountDisabled()).isTrue();
        assertThat(api.signedOutElsewhere()).isFalse();
    }
}
