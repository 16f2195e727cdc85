package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 17: the administrators' API over HTTP, on PostgreSQL: who may use it, the lists, one account, the audit. */
class AdminApiTest extends AdminApiTestBase {

    private static final String A5 = "a5@admin.example.org";

    @Test
    void aListedAddressBecomesAdministratorAtSignInRecordedWithTheConfigurationAsActor() throws Exception {
        var pair = verifiedAndSignedIn(BOSS, FIREFOX);
        assertThat(sql("SELECT roles::text FROM users WHERE email = '" + BOSS + "'").getFirst()).contains("admin");
        assertThat(claims(access(pair)).toString()).contains("admin");
        assertThat(sql("SELECT actor_email || ' ' || action || ' ' || target_email || ' ' || (actor_user_id IS NULL) "
                + "FROM admin_audit WHERE target_email = '" + BOSS + "'")).containsExactly("configuration role_granted " + BOSS + " true");
        // Without a second factor (required by default) the administration refuses it.
        var refused = get("/api/admin/users", access(pair));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:journal:problem:admin-needs-second-factor");
        // A second sign-in grants nothing again.
        signIn(BOSS, PASSWORD, FIREFOX);
        assertThat(count("SELECT count(*) FROM admin_audit WHERE target_email = '" + BOSS + "'")).isEqualTo(1);
        assertThat(sql("SELECT last_sign_in_at IS NOT NULL FROM users WHERE email = '" + BOSS + "'"))
                .containsExactly("t");
    }

    @Test
    void onlyCurrentAdministratorsGetIn() throws Exception {
        var admin = administrator(DEPUTY);
        var person = access(verifiedAndSignedIn("person@example.org", FIREFOX));
        assertThat(get("/api/admin/users", null).status()).isEqualTo(401);
        var notAdmin = get("/api/admin/users", person);
        assertThat(notAdmin.status()).isEqualTo(403);
        assertThat(notAdmin.json().get("type").asString()).isEqualTo("urn:journal:problem:admin-only");
        assertThat(notAdmin.header("Cache-Control")).contains("no-store");
        assertThat(get("/api/admin/users", demoToken()).status()).isEqualTo(403);
        assertThat(get("/api/admin/audit", person).status()).isEqualTo(403);
        assertThat(get("/api/admin/users/" + userId(DEPUTY), person).status()).isEqualTo(403);
        assertThat(get("/api/admin/users", admin.access()).status()).isEqualTo(200);

        // The database decides, not the token: the role taken away, the same token is refused at once ...
        execute("UPDATE users SET roles = '[\"user\"]' WHERE email = '" + DEPUTY + "'");
        assertThat(get("/api/admin/users", admin.access()).json().get("type").asString())
                .isEqualTo("urn:journal:problem:admin-only");
        // ... and so is a disabled administrator's.
        execute("UPDATE users SET roles = '[\"user\", \"admin\"]' WHERE email = '" + DEPUTY + "'");
        assertThat(get("/api/admin/users", admin.access()).status()).isEqualTo(200);
        execute("UPDATE users SET disabled_at = now() WHERE email = '" + DEPUTY + "'");
        assertThat(get("/api/admin/users", admin.access()).status()).isIn(401, 403);
        execute("UPDATE users SET disabled_at = NULL WHERE email = '" + DEPUTY + "'");
    }

    @Test
    void listsSearchesFiltersSortsAndPagesAccounts() throws Exception {
        var admin = administrator("a1@admin.example.org");
        for (var name : List.of("anna", "annabel", "bert", "zoe_x")) {
            verifiedAndSignedIn(name + "@list.example.org", FIREFOX);
        }
        assertThat(register("unverified@list.example.org", PASSWORD).status()).isEqualTo(202);
        execute("UPDATE users SET email = 'list-a1@list.example.org' WHERE email = 'a1@admin.example.org'");

        var all = get("/api/admin/users?size=100&match=contains&q=list.example", admin.access());
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.header("Cache-Control")).contains("no-store");
        assertThat(emails(all)).containsExactly("anna@list.example.org", "annabel@list.example.org",
                "bert@list.example.org", "list-a1@list.example.org", "unverified@list.example.org",
                "zoe_x@list.example.org");
        assertThat(all.json().get("total").asLong()).isEqualTo(6);
        assertThat(all.json().get("totalCapped").asBoolean()).isFalse();
        var boss = all.json().get("users").get(3);
        assertThat(boss.get("admin").asBoolean()).isTrue();
        assertThat(boss.get("twoStep").asBoolean()).isTrue();
        assertThat(boss.get("verified").asBoolean()).isTrue();
        assertThat(boss.get("activeSessions").asInt()).isEqualTo(1);
        assertThat(boss.get("passkeys").asInt()).isZero();
        assertThat(boss.get("lastSignInAt").isNull()).isFalse();
        assertThat(boss.get("createdAt").asString()).isNotBlank();
        assertThat(boss.get("id").asString()).isEqualTo(userId("list-a1@list.example.org"));

        var list = "&match=contains&q=list.example";
        assertThat(emails(get("/api/admin/users?q=ANNA", admin.access())))
                .containsExactly("anna@list.example.org", "annabel@list.example.org");
        assertThat(emails(get("/api/admin/users?q=nna&match=contains", admin.access())))
                .containsExactly("anna@list.example.org", "annabel@list.example.org");
        assertThat(emails(get("/api/admin/users?q=nna", admin.access()))).isEmpty();
        // LIKE's wildcards are only letters here.
        assertThat(emails(get("/api/admin/users?q=_&match=contains", admin.access())))
                .containsExactly("zoe_x@list.example.org");
        assertThat(emails(get("/api/admin/users?filter=unverified" + list, admin.access())))
                .containsExactly("unverified@list.example.org");
        assertThat(emails(get("/api/admin/users?filter=two-step" + list, admin.access())))
                .containsExactly("list-a1@list.example.org");
        assertThat(emails(get("/api/admin/users?filter=no-two-step" + list, admin.access()))).hasSize(5);
        assertThat(emails(get("/api/admin/users?filter=disabled" + list, admin.access()))).isEmpty();
        assertThat(emails(get("/api/admin/users?sort=email&dir=desc&size=2" + list, admin.access())))
                .containsExactly("zoe_x@list.example.org", "unverified@list.example.org");
        var second = get("/api/admin/users?sort=created&dir=asc&size=2&page=1" + list, admin.access());
        assertThat(second.json().get("page").asInt()).isEqualTo(1);
        assertThat(second.json().get("size").asInt()).isEqualTo(2);
        assertThat(emails(second)).hasSize(2);
        assertThat(emails(get("/api/admin/users?sort=lastSignIn&dir=desc" + list, admin.access())).getLast())
                .isEqualTo("unverified@list.example.org");
        assertThat(emails(get("/api/admin/users?sort=lastSignIn&dir=asc" + list, admin.access())).getLast())
                .isEqualTo("unverified@list.example.org");

        for (var bad : List.of("sort=name", "dir=up", "match=exact", "filter=admins", "size=0", "size=101", "page=-1",
                "page=x", "q=" + "a".repeat(255))) {
            var refused = get("/api/admin/users?" + bad, admin.access());
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.json().get("type").asString()).as(bad).isEqualTo("urn:journal:problem:invalid-input");
        }
    }

    @Test
    void oneAccountShowsFactorsDevicesAndActivityButNeverItsJournal() throws Exception {
        var admin = administrator("a2@admin.example.org");
        var person = "writer@example.org";
        var access = access(verifiedAndSignedIn(person, FIREFOX));
        signIn(person, PASSWORD, IPHONE);
        var title = "Secret title " + UUID.randomUUID();
        var body = "Secret body " + UUID.randomUUID();
        assertThat(post("/api/entries", json(Map.of("title", title, "body", body)), access).status()).isEqualTo(201);

        var view = get("/api/admin/users/" + userId(person), admin.access());
        assertThat(view.status()).as(view.body()).isEqualTo(200);
        assertThat(view.header("Cache-Control")).contains("no-store");
        var json = view.json();
        assertThat(json.get("account").get("email").asString()).isEqualTo(person);
        assertThat(json.get("account").get("activeSessions").asInt()).isEqualTo(2);
        assertThat(json.get("factors").get("twoStep").asBoolean()).isFalse();
        assertThat(json.get("factors").get("recoveryCodesLeft").asInt()).isZero();
        assertThat(json.get("factors").get("passkeys").size()).isZero();
        assertThat(json.get("devices").size()).isEqualTo(2);
        assertThat(json.get("devices").get(0).has("current")).isFalse();
        assertThat(json.get("devices").get(0).get("device").asString()).isNotBlank();
        assertThat(json.get("activity").get("items").get(0).get("kind").asString()).isEqualTo("signed_in");

        var own = get("/api/admin/users/" + userId("a2@admin.example.org"), admin.access()).json();
        assertThat(own.get("factors").get("twoStep").asBoolean()).isTrue();
        assertThat(own.get("factors").get("recoveryCodesLeft").asInt()).isEqualTo(10);

        // The no-contents rule, over every administrators' answer about this account.
        var answers = new ArrayList<String>();
        answers.add(view.body());
        answers.add(get("/api/admin/users?q=writer", admin.access()).body());
        answers.add(get("/api/admin/users?size=100", admin.access()).body());
        answers.add(get("/api/admin/audit?size=100", admin.access()).body());
        for (var answer : answers) {
            assertThat(answer).doesNotContain(title).doesNotContain(body).doesNotContain("Secret");
        }

        var unknown = get("/api/admin/users/" + UUID.randomUUID(), admin.access());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("type").asString()).isEqualTo("urn:journal:problem:not-found");
        assertThat(get("/api/admin/users/not-a-uuid", admin.access()).status()).isEqualTo(400);
    }

    @Test
    void theAuditLogIsReadFilteredAndAppendOnly() throws Exception {
        var admin = administrator("a3@admin.example.org");
        administrator("a4@admin.example.org");
        var audit = get("/api/admin/audit", admin.access());
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.header("Cache-Control")).contains("no-store");
        var newest = audit.json().get("entries").get(0);
        assertThat(newest.get("actorEmail").asString()).isEqualTo("configuration");
        assertThat(newest.get("action").asString()).isEqualTo("role_granted");
        assertThat(newest.get("targetEmail").asString()).isEqualTo("a4@admin.example.org");
        assertThat(newest.get("reason").asString()).isEqualTo("journal.admin.emails");
        assertThat(newest.get("clientIp").asString()).isNotBlank();
        assertThat(newest.get("id").asString()).isNotBlank();
        assertThat(newest.get("at").asString()).isNotBlank();

        assertThat(get("/api/admin/audit?target=A3@admin.example.org", admin.access()).json().get("total").asLong())
                .isEqualTo(1);
        assertThat(get("/api/admin/audit?action=nothing_like_it", admin.access()).json().get("total").asLong()).isZero();
        var all = count("SELECT count(*) FROM admin_audit");
        assertThat(get("/api/admin/audit?actor=configuration&from=2020-01-01T00:00:00Z&to=2999-01-01T00:00:00Z",
                admin.access()).json().get("total").asLong()).isEqualTo(all);
        assertThat(get("/api/admin/audit?to=2020-01-01T00:00:00Z", admin.access()).json().get("total").asLong())
                .isZero();
        assertThat(get("/api/admin/audit?from=yesterday", admin.access()).status()).isEqualTo(400);
        assertThat(get("/api/admin/audit?size=500", admin.access()).status()).isEqualTo(400);

        assertThatThrownBy(() -> execute("UPDATE admin_audit SET reason = 'x'")).isInstanceOf(SQLException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("DELETE FROM admin_audit")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> execute("TRUNCATE admin_audit")).isInstanceOf(SQLException.class);
        assertThat(count("SELECT count(*) FROM admin_audit")).isEqualTo(all);
    }

    @Test
    void aFailingAuditInsertRollsTheGrantBackWithTheSignIn() throws Exception {
        execute("CREATE FUNCTION admin_audit_fail() RETURNS trigger LANGUAGE plpgsql AS "
                + "$$ BEGIN RAISE EXCEPTION 'audit down'; END $$");
        execute("CREATE TRIGGER admin_audit_fail BEFORE INSERT ON admin_audit FOR EACH ROW "
                + "EXECUTE FUNCTION admin_audit_fail()");
        try {
            assertThat(register(A5, PASSWORD).status()).isEqualTo(202);
            assertThat(post("/api/auth/verify", json(Map.of("token", verificationTokenFor(A5))), null).status())
                    .isEqualTo(200);
            var login = send("POST", "/api/auth/login", json(Map.of("email", A5, "password", PASSWORD)), null,
                    FIREFOX);
            assertThat(login.status()).isEqualTo(500);
            assertThat(sql("SELECT roles::text FROM users WHERE email = '" + A5 + "'").getFirst())
                    .doesNotContain("admin");
            assertThat(count("SELECT count(*) FROM user_sessions s JOIN users u ON u.id = s.user_id WHERE u.email = '"
                    + A5 + "'")).isZero();
        } finally {
            execute("DROP TRIGGER admin_audit_fail ON admin_audit");
            execute("DROP FUNCTION admin_audit_fail()");
        }
        signIn(A5, PASSWORD, FIREFOX);
        assertThat(sql("SELECT roles::text FROM users WHERE email = '" + A5 + "'").getFirst()).contains("admin");
    }

    @Test
    void theAuditLogDownloadsAsCsvWithFormulasDefused() throws Exception {
        var admin = administrator("a6@admin.example.org");
        execute("INSERT INTO admin_audit (id, at, actor_email, action, target_email, reason, client_ip) VALUES ('"
                + UUID.randomUUID() + "', now(), '" + BOSS + "', 'disabled', '=cmd@example.org', "
                + "'=HYPERLINK(\"http://evil\"), +1, -1, @SUM', '127.0.0.1')");
        var csv = get("/api/admin/audit.csv?action=disabled", admin.access());
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Cache-Control")).contains("no-store");
        assertThat(csv.header("Content-Disposition")).contains("attachment");
        var lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("id,at,actorEmail,action,targetEmail,reason,clientIp");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains(",'=cmd@example.org,\"'=HYPERLINK(\"\"http://evil\"\"), +1, -1, @SUM\",127.0.0.1");
        assertThat(get("/api/admin/audit.csv", admin.access()).body().lines().count())
                .isEqualTo(1 + count("SELECT count(*) FROM admin_audit"));
        assertThat(get("/api/admin/audit.csv", access(verifiedAndSignedIn("csv@example.org", FIREFOX))).status())
                .isEqualTo(403);
    }

    private static List<String> emails(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var emails = new ArrayList<String>();
        response.json().get("users").forEach(u -> emails.add(u.get("email").asString()));
        return emails;
    }
}
