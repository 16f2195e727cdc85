package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.adapter.persistence.JooqRateLimiter;
import app.journal.application.port.out.UnitOfWork;
import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Issue 8 over real HTTP on PostgreSQL: devices in words, signing one or all others out, and the
 * security activity each use case records (checked in the table itself).
 */
class DevicesAndActivityApiTest extends AccountsApiTestBase {

    static final String FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";
    static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
    static final String LINUX = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/126.0.0.0 Safari/537.36";

    @Autowired
    UnitOfWork unitOfWork;

    @Autowired
    JooqRateLimiter rateLimiter;

    @Test
    void sessions_record_the_agent_the_client_sent_and_list_it_in_words_marking_this_one() throws Exception {
        var email = uniqueEmail();
        var firefox = verifiedAndSignedIn(email, FIREFOX);
        var phone = signIn(email, IPHONE);

        assertThat(sql("SELECT user_agent FROM user_sessions WHERE id = '" + sid(firefox) + "'")).containsExactly(FIREFOX);
        var list = send("GET", "/api/sessions", null, access(firefox), FIREFOX);
        assertThat(list.status()).isEqualTo(200);
        var items = list.json();
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("id").asString()).as("most recently used first").isEqualTo(sid(phone));
        assertThat(items.get(0).get("device").asString()).isEqualTo("Safari on iPhone");
        assertThat(items.get(0).get("current").asBoolean()).isFalse();
        assertThat(items.get(1).get("device").asString()).isEqualTo("Firefox on Windows");
        assertThat(items.get(1).get("current").asBoolean()).isTrue();
        assertThat(items.get(1).get("userAgent").asString()).isEqualTo(FIREFOX);
    }

    @Test
    void revoking_one_device_stops_its_tokens_says_why_and_records_who_asked() throws Exception {
        var email = uniqueEmail();
        var firefox = verifiedAndSignedIn(email, FIREFOX);
        var phone = signIn(email, IPHONE);

        var revoke = send("DELETE", "/api/sessions/" + sid(phone), null, access(firefox), FIREFOX);

        assertThat(revoke.status()).isEqualTo(204);
        assertThat(get("/api/me", access(phone)).status()).as("its access token, at once").isEqualTo(401);
        var refused = refresh(phone.get("refreshToken").asString());
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:journal:problem:session-revoked");
        assertThat(refused.json().get("detail").asString()).isEqualTo("You were signed out from another device.");
        assertThat(sql("SELECT device || '|' || session_id FROM account_activity WHERE kind = 'session_revoked' "
                + "AND session_id = '" + sid(phone) + "'")).containsExactly("Firefox on Windows|" + sid(phone));
        assertThat(send("GET", "/api/me", null, access(firefox), FIREFOX).status()).isEqualTo(200);
    }

    @Test
    void signing_out_all_others_keeps_this_one_and_stops_the_rest_at_once() throws Exception {
        var email = uniqueEmail();
        var firefox = verifiedAndSignedIn(email, FIREFOX);
        var phone = signIn(email, IPHONE);
        var laptop = signIn(email, LINUX);
        var stranger = verifiedAndSignedIn(uniqueEmail(), LINUX);

        var answer = send("DELETE", "/api/sessions/others", null, access(firefox), FIREFOX);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("revoked").asInt()).isEqualTo(2);
        assertThat(get("/api/me", access(firefox)).status()).isEqualTo(200);
        for (var other : List.of(phone, laptop)) {
            assertThat(get("/api/me", access(other)).status()).isEqualTo(401);
            assertThat(refresh(other.get("refreshToken").asString()).json().get("type").asString())
                    .isEqualTo("urn:journal:problem:session-revoked");
        }
        assertThat(refresh(firefox.get("refreshToken").asString()).status()).isEqualTo(200);
        assertThat(get("/api/me", access(stranger)).status()).as("another account is untouched").isEqualTo(200);
        assertThat(send("DELETE", "/api/sessions/" + sid(stranger), null, access(firefox), FIREFOX).status())
                .as("another account's session").isEqualTo(404);
        assertThat(sql("SELECT session_id::text FROM account_activity WHERE kind = 'other_sessions_revoked' "
                + "AND user_id = (SELECT id FROM users WHERE email = '" + email + "')")).containsExactly(sid(firefox));
    }

    @Test
    void a_demo_token_has_no_other_sessions_to_sign_out() {
        assertThat(send("DELETE", "/api/sessions/others", null, demoToken(), FIREFOX).status()).isEqualTo(404);
    }

    @Test
    void each_use_case_records_its_activity_and_refused_sign_ins_are_one_row_per_window() throws Exception {
        var email = uniqueEmail();
        var firefox = verifiedAndSignedIn(email, FIREFOX);
        var again = signIn(email, FIREFOX);
        var phone = signIn(email, IPHONE);
        for (int i = 0; i < 3; i++) {
            assertThat(send("POST", "/api/auth/login", json(Map.of("email", email, "password", "wrong password!!")),
                    null, LINUX).status()).isEqualTo(401);
        }
        assertThat(send("POST", "/api/auth/logout", json(Map.of("refreshToken", again.get("refreshToken").asString())),
                null, FIREFOX).status()).isEqualTo(204);

        var user = "(SELECT id FROM users WHERE email = '" + email + "')";
        assertThat(sql("SELECT kind || '|' || device || '|' || new_device || '|' || count FROM account_activity "
                + "WHERE user_id = " + user + " ORDER BY at, kind")).containsExactly(
                        "email_verified|Unknown device|false|1",
                        "signed_in|Firefox on Windows|true|1",
                        "signed_in|Firefox on Windows|false|1",
                        "signed_in|Safari on iPhone|true|1",
                        "sign_in_refused|Chrome on Linux|false|3",
                        "signed_out|Firefox on Windows|false|1");
        assertThat(sql("SELECT session_id::text FROM account_activity WHERE kind = 'signed_out' AND user_id = " + user))
                .containsExactly(sid(again));
        assertThat(sql("SELECT session_id::text FROM account_activity WHERE kind = 'signed_in' AND new_device "
                + "AND device = 'Safari on iPhone' AND user_id = " + user)).containsExactly(sid(phone));

        var page = send("GET", "/api/me/activity?page=0&size=2", null, access(firefox), FIREFOX);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("totalItems").asInt()).isEqualTo(6);
        assertThat(page.json().get("totalPages").asInt()).isEqualTo(3);
        var newest = page.json().get("items").get(0);
        assertThat(newest.get("kind").asString()).isEqualTo("signed_out");
        assertThat(newest.get("sessionId").asString()).isEqualTo(sid(again));
        assertThat(page.json().get("items").get(1).get("count").asInt()).isEqualTo(3);
        assertThat(send("GET", "/api/me/activity?size=101", null, access(firefox), FIREFOX).status()).isEqualTo(400);
    }

    @Test
    void a_replayed_refresh_token_signs_that_device_out_and_is_recorded() throws Exception {
        var email = uniqueEmail();
        var phone = verifiedAndSignedIn(email, IPHONE);
        var old = phone.get("refreshToken").asString();
        assertThat(refresh(old).status()).isEqualTo(200);
        awaitGraceOver();

        var replay = refresh(old);

        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.json().get("type").asString()).isEqualTo("urn:journal:problem:invalid-refresh-token");
        assertThat(sql("SELECT device || '|' || session_id FROM account_activity WHERE kind = 'refresh_token_replayed' "
                + "AND session_id = '" + sid(phone) + "'")).containsExactly("Safari on iPhone|" + sid(phone));
        assertThat(get("/api/me", access(phone)).status()).isEqualTo(401);
        // The owner is told, through the outbox, with the device and where to look.
        assertThat(mailWithSubject(email, "A device was signed out"))
                .contains("Safari on iPhone").contains("/account/devices");
    }

    @Test
    void a_failure_between_the_writes_leaves_nothing_half_done() throws Exception {
        var email = uniqueEmail();
        var firefox = verifiedAndSignedIn(email, FIREFOX);
        var phone = signIn(email, IPHONE);
        execute("""
                CREATE FUNCTION fail_activity() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION 'injected failure'; END $$ LANGUAGE plpgsql""");
        execute("""
                CREATE TRIGGER fail_activity BEFORE INSERT ON account_activity FOR EACH ROW
                WHEN (NEW.kind IN ('other_sessions_revoked', 'refresh_token_replayed', 'session_revoked'))
                EXECUTE FUNCTION fail_activity()""");
        try {
            assertThat(send("DELETE", "/api/sessions/others", null, access(firefox), FIREFOX).status()).isEqualTo(500);
            assertThat(send("DELETE", "/api/sessions/" + sid(phone), null, access(firefox), FIREFOX).status())
                    .isEqualTo(500);
            var old = phone.get("refreshToken").asString();
            var rotated = refresh(old);
            assertThat(rotated.status()).isEqualTo(200);
            awaitGraceOver();
            assertThat(refresh(old).status()).as("replay, its activity row failing").isEqualTo(500);

            assertThat(sql("SELECT count(*) FROM user_sessions WHERE revoked_at IS NOT NULL AND user_id = "
                    + "(SELECT id FROM users WHERE email = '" + email + "')"))
                    .as("no session revoked without its record").containsExactly("0");
            assertThat(get("/api/me", rotated.json().get("accessToken").asString()).status()).isEqualTo(200);
        } finally {
            execute("DROP TRIGGER fail_activity ON account_activity");
            execute("DROP FUNCTION fail_activity()");
        }
    }

    @Test
    void a_rate_limited_attempt_stays_counted_when_the_callers_unit_of_work_rolls_back() throws Exception {
        var key = "test:rollback:" + UUID.randomUUID();
        try {
            unitOfWork.inTransaction(() -> {
                rateLimiter.tryAcquire(key, 5, Duration.ofHours(1));
                throw new IllegalStateException("the use case fails after counting");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(sql("SELECT hits FROM rate_limit_counters WHERE bucket_key = '" + key + "'")).containsExactly("1");
    }

    @Test
    void the_purge_removes_rows_past_retention_and_the_listing_never_shows_them() throws Exception {
        var email = uniqueEmail();
        var firefox = verifiedAndSignedIn(email, FIREFOX);
        var user = "(SELECT id FROM users WHERE email = '" + email + "')";
        execute("INSERT INTO account_activity (id, user_id, at, kind, device, count, new_device) VALUES "
                + "(gen_random_uuid(), " + user + ", now() - interval '100 days', 'signed_out', 'Old', 1, false), "
                + "(gen_random_uuid(), " + user + ", now() - interval '89 days', 'signed_out', 'Kept', 1, false)");

        var listed = send("GET", "/api/me/activity?size=100", null, access(firefox), FIREFOX).json().get("items");
        List<String> devices = new ArrayList<>();
        listed.forEach(item -> devices.add(item.get("device").asString()));
        assertThat(devices).contains("Kept").doesNotContain("Old");

        assertThat(purge()).isGreaterThanOrEqualTo(1);
        assertThat(sql("SELECT device FROM account_activity WHERE device IN ('Old', 'Kept') AND user_id = " + user))
                .containsExactly("Kept");
    }

    @Test
    void the_openapi_description_names_the_new_routes_and_the_session_revoked_answer() {
        var docs = get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/sessions/others", "/api/me/activity", "\"device\"",
                "urn:journal:problem:session-revoked");
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    private int purge() throws Exception {
        var housekeeping = context.getBean(Class.forName("app.journal.bootstrap.ActivityHousekeeping"));
        var method = housekeeping.getClass().getDeclaredMethod("purge");
        method.setAccessible(true);
        return (int) method.invoke(housekeeping);
    }

    /** The default grace window is 10 s; step past it by ageing the rotation in the table. */
    private void awaitGraceOver() throws SQLException {
        execute("UPDATE user_sessions SET rotated_at = rotated_at - interval '1 minute' WHERE rotated_at IS NOT NULL");
    }

    private JsonNode verifiedAndSignedIn(String email, String userAgent) {
        assertThat(register(email, PASSWORD).status()).isEqualTo(202);
        assertThat(post("/api/auth/verify", json(Map.of("token", verificationTokenFor(email))), null).status())
                .isEqualTo(200);
        return signIn(email, userAgent);
    }

    private JsonNode signIn(String email, String userAgent) {
        var login = send("POST", "/api/auth/login", json(Map.of("email", email, "password", PASSWORD)), null, userAgent);
        assertThat(login.status()).isEqualTo(200);
        return login.json();
    }

    private static String access(JsonNode pair) {
        return pair.get("accessToken").asString();
    }

    /** The session id, read from the access token's sid claim. */
    private static String sid(JsonNode pair) {
        var payload = access(pair).split("\\.")[1];
        var claims = JSON.readTree(new String(java.util.Base64.getUrlDecoder().decode(payload)));
        return claims.get("sid").asString();
    }

    private Response send(String method, String path, String jsonBody, String bearer, String userAgent) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody))
                .header("User-Agent", userAgent);
        if (jsonBody != null) {
            builder.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return exchange(builder);
    }

    private static List<String> sql(String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (var c = database.dataSource().getConnection(); var s = c.createStatement();
                var rs = s.executeQuery(query)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private static void execute(String statement) throws SQLException {
        try (var c = database.dataSource().getConnection(); var s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
