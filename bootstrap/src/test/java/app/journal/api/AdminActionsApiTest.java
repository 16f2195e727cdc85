package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 17: what administrators change, each with its audit row, activity, mail and refusals. */
class AdminActionsApiTest extends AdminApiTestBase {

    private static final String A1 = "a1@admin.example.org";
    private static final String A2 = "a2@admin.example.org";

    @Test
    void disableEndsEverySessionAndMailsAndEnableLetsTheAccountBackIn() throws Exception {
        var admin = administrator(BOSS);
        var person = "disabled@example.org";
        var pair = verifiedAndSignedIn(person, FIREFOX);
        var id = userId(person);
        double disabledBefore = adminActions("disabled");
        double enabledBefore = adminActions("enabled");

        var noReason = post("/api/admin/users/" + id + "/disable", json(Map.of()), admin.access());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("type").asString()).isEqualTo("urn:journal:problem:invalid-input");
        assertThat(post("/api/admin/users/" + id + "/disable", json(Map.of("reason", "x".repeat(501))),
                admin.access()).status()).isEqualTo(400);

        var disabled = post("/api/admin/users/" + id + "/disable", json(Map.of("reason", "Spam reports")),
                admin.access());
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(204);
        assertThat(disabled.header("Cache-Control")).contains("no-store");
        assertThat(get("/api/me", access(pair)).status()).isEqualTo(401);
        var refused = refresh(refreshToken(pair));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:journal:problem:account-disabled");
        assertThat(send("POST", "/api/auth/login", json(Map.of("email", person, "password", PASSWORD)), null,
                FIREFOX).status()).isEqualTo(401);
        assertThat(mailWithSubject(person, "account was disabled")).contains("administrator disabled your account");
        assertThat(sql("SELECT kind FROM account_activity WHERE user_id = '" + id + "' AND kind LIKE 'admin%'"))
                .containsExactly("admin_disabled");
        assertThat(sql("SELECT actor_email || '|' || action || '|' || target_email || '|' || reason FROM admin_audit "
                + "WHERE target_user_id = '" + id + "'")).containsExactly(BOSS + "|disabled|" + person + "|Spam reports");
        var why = get("/api/admin/users/" + id, admin.access()).json().get("disabled");
        assertThat(why.get("by").asString()).isEqualTo(BOSS);
        assertThat(why.get("reason").asString()).isEqualTo("Spam reports");
        assertThat(why.get("at").asString()).isNotBlank();
        var listed = get("/api/admin/users?filter=disabled", admin.access()).json().get("users");
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get("activeSessions").asInt()).isZero();

        assertThat(post("/api/admin/users/" + id + "/enable", null, admin.access()).status()).isEqualTo(204);
        var enabledAgain = get("/api/admin/users/" + id, admin.access()).json().get("disabled");
        assertThat(enabledAgain == null || enabledAgain.isNull()).as("no reason once enabled").isTrue();
        assertThat(mailWithSubject(person, "account was enabled again")).contains("enabled your account");
        signIn(person, PASSWORD, FIREFOX);
        assertThat(sql("SELECT kind FROM account_activity WHERE user_id = '" + id + "' AND kind LIKE 'admin%' "
                + "ORDER BY at")).containsExactly("admin_disabled", "admin_enabled");
        assertThat(adminActions("disabled")).isEqualTo(disabledBefore + 1);
        assertThat(adminActions("enabled")).isEqualTo(enabledBefore + 1);
    }

    @Test
    void everyChangeNeedsAConfirmedSessionAnAdministratorAndAnAccount() throws Exception {
        var admin = administrator(DEPUTY);
        var person = access(verifiedAndSignedIn("plain@example.org", FIREFOX));
        var id = userId("plain@example.org");
        var notAdmin = post("/api/admin/users/" + id + "/enable", null, person);
        assertThat(notAdmin.status()).isEqualTo(403);
        assertThat(notAdmin.json().get("type").asString()).isEqualTo("urn:journal:problem:admin-only");
        assertThat(post("/api/admin/users/" + id + "/enable", null, demoToken()).status()).isEqualTo(403);
        assertThat(post("/api/admin/users/" + id + "/enable", null, null).status()).isEqualTo(401);

        var unknown = post("/api/admin/users/" + UUID.randomUUID() + "/enable", null, admin.access());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("type").asString()).isEqualTo("urn:journal:problem:not-found");

        execute("DELETE FROM session_confirmations");
        var unconfirmed = post("/api/admin/users/" + id + "/disable", json(Map.of("reason", "r")), admin.access());
        assertThat(unconfirmed.status()).isEqualTo(403);
        assertThat(unconfirmed.json().get("type").asString()).isEqualTo("urn:journal:problem:reauthentication-required");
        assertThat(sql("SELECT disabled_at IS NULL FROM users WHERE id = '" + id + "'")).containsExactly("t");
        // Reading needs no confirmation.
        assertThat(get("/api/admin/users/" + id, admin.access()).status()).isEqualTo(200);
    }

    @Test
    void signOutEndsOneDeviceOrAll() throws Exception {
        var admin = administrator(A1);
        var person = "devices@example.org";
        var firefox = verifiedAndSignedIn(person, FIREFOX);
        var iphone = signIn(person, PASSWORD, IPHONE);
        var id = userId(person);
        var iphoneSession = sql("SELECT id FROM user_sessions WHERE user_id = '" + id + "' AND user_agent LIKE '%iPhone%'")
                .getFirst();

        assertThat(post("/api/admin/users/" + id + "/sign-out", json(Map.of("sessionId", UUID.randomUUID())),
                admin.access()).status()).isEqualTo(404);
        assertThat(post("/api/admin/users/" + id + "/sign-out", json(Map.of("sessionId", iphoneSession,
                "reason", "Lost phone")), admin.access()).status()).isEqualTo(204);
        assertThat(get("/api/me", access(iphone)).status()).isEqualTo(401);
        assertThat(get("/api/me", access(firefox)).status()).isEqualTo(200);
        assertThat(post("/api/admin/users/" + id + "/sign-out", null, admin.access()).status()).isEqualTo(204);
        assertThat(get("/api/me", access(firefox)).status()).isEqualTo(401);
        assertThat(sql("SELECT reason FROM admin_audit WHERE action = 'signed_out' AND target_user_id = '" + id
                + "' ORDER BY at")).containsExactly("Lost phone", null);
        assertThat(count("SELECT count(*) FROM account_activity WHERE user_id = '" + id
                + "' AND kind = 'admin_signed_out'")).isEqualTo(2);
    }

    @Test
    void resetSecondFactorAndTheMailsGoOut() throws Exception {
        var admin = administrator(A2);
        var person = enrolled("twostep@example.org");
        var id = userId(person.email());
        assertThat(post("/api/admin/users/" + id + "/reset-second-factor", null, admin.access()).status())
                .isEqualTo(204);
        assertThat(count("SELECT count(*) FROM user_totp WHERE user_id = '" + id + "'")).isZero();
        assertThat(count("SELECT count(*) FROM recovery_codes WHERE user_id = '" + id + "'")).isZero();
        assertThat(mailWithSubject(person.email(), "second factor of your")).contains("turned two-step verification off");
        // The password alone signs in now.
        signIn(person.email(), PASSWORD, FIREFOX);

        assertThat(post("/api/admin/users/" + id + "/password-reset-mail", null, admin.access()).status())
                .isEqualTo(202);
        assertThat(resetToken(person.email(), 1)).isNotBlank();
        assertThat(register("late@example.org", PASSWORD).status()).isEqualTo(202);
        var late = userId("late@example.org");
        assertThat(post("/api/admin/users/" + late + "/verification-mail", null, admin.access()).status())
                .isEqualTo(202);
        assertThat(sql("SELECT action FROM admin_audit WHERE actor_email = '" + A2 + "' ORDER BY at"))
                .containsExactly("second_factor_reset", "password_reset_mail", "verification_mail");
        assertThat(sql("SELECT kind FROM account_activity WHERE user_id = '" + id + "' AND kind LIKE 'admin%' ORDER BY at"))
                .containsExactly("admin_reset_second_factor", "admin_password_reset_mail");
    }

    @Test
    void deleteNeedsTheAddressAndKeepsTheAuditRow() throws Exception {
        var admin = administrator(A1.replace("a1", "a3"));
        var person = "leaving@example.org";
        var pair = verifiedAndSignedIn(person, FIREFOX);
        var id = userId(person);
        var wrong = send("DELETE", "/api/admin/users/" + id, json(Map.of("confirmEmail", "other@example.org")),
                admin.access());
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("type").asString()).isEqualTo("urn:journal:problem:invalid-input");
        assertThat(send("DELETE", "/api/admin/users/" + id, json(Map.of()), admin.access()).status()).isEqualTo(400);
        assertThat(send("DELETE", "/api/admin/users/" + id, json(Map.of("confirmEmail", person)), admin.access())
                .status()).isEqualTo(204);
        assertThat(count("SELECT count(*) FROM users WHERE id = '" + id + "'")).isZero();
        assertThat(get("/api/me", access(pair)).status()).isEqualTo(401);
        assertThat(mailWithSubject(person, "account was deleted")).isNotBlank();
        assertThat(sql("SELECT target_email FROM admin_audit WHERE action = 'deleted' AND target_user_id = '" + id
                + "'")).containsExactly(person);
        assertThat(send("DELETE", "/api/admin/users/" + id, json(Map.of("confirmEmail", person)), admin.access())
                .status()).isEqualTo(404);
    }

    @Test
    void grantRevokeAndTheLastAdministrator() throws Exception {
        var admin = administrator(A1.replace("a1", "a4"));
        var me = userId(admin.email());
        // Every other administrator of this database is taken away first, so this one is the last.
        execute("UPDATE users SET roles = '[\"user\"]' WHERE id <> '" + me + "'");
        var last = send("DELETE", "/api/admin/users/" + me + "/admin", null, admin.access());
        assertThat(last.status()).isEqualTo(409);
        assertThat(last.json().get("type").asString()).isEqualTo("urn:journal:problem:last-admin");
        assertThat(post("/api/admin/users/" + me + "/disable", json(Map.of("reason", "oops")), admin.access())
                .status()).isEqualTo(409);
        assertThat(send("DELETE", "/api/admin/users/" + me, json(Map.of("confirmEmail", admin.email())),
                admin.access()).status()).isEqualTo(409);
        assertThat(count("SELECT count(*) FROM admin_audit WHERE actor_user_id = '" + me + "'")).isZero();

        var other = "second@example.org";
        verifiedAndSignedIn(other, FIREFOX);
        var otherId = userId(other);
        assertThat(post("/api/admin/users/" + otherId + "/admin", null, admin.access()).status()).isEqualTo(204);
        assertThat(sql("SELECT roles::text FROM users WHERE id = '" + otherId + "'").getFirst()).contains("admin");
        assertThat(send("DELETE", "/api/admin/users/" + me + "/admin", null, admin.access()).status()).isEqualTo(204);
        // The role is gone at once, whatever the token says.
        assertThat(get("/api/admin/users", admin.access()).status()).isEqualTo(403);
        assertThat(sql("SELECT action FROM admin_audit WHERE actor_user_id = '" + me + "' ORDER BY at"))
                .containsExactly("role_granted", "role_revoked");
    }

    @Test
    void aFailingAuditInsertRollsTheActionBack() throws Exception {
        var admin = administrator(A1.replace("a1", "a5"));
        var person = "kept@example.org";
        var pair = verifiedAndSignedIn(person, FIREFOX);
        var id = userId(person);
        execute("CREATE FUNCTION admin_audit_fail_action() RETURNS trigger LANGUAGE plpgsql AS "
                + "$$ BEGIN RAISE EXCEPTION 'audit down'; END $$");
        execute("CREATE TRIGGER admin_audit_fail_action BEFORE INSERT ON admin_audit FOR EACH ROW "
                + "EXECUTE FUNCTION admin_audit_fail_action()");
        try {
            assertThat(post("/api/admin/users/" + id + "/disable", json(Map.of("reason", "r")), admin.access())
                    .status()).isEqualTo(500);
            assertThat(send("DELETE", "/api/admin/users/" + id, json(Map.of("confirmEmail", person)), admin.access())
                    .status()).isEqualTo(500);
        } finally {
            execute("DROP TRIGGER admin_audit_fail_action ON admin_audit");
            execute("DROP FUNCTION admin_audit_fail_action()");
        }
        assertThat(sql("SELECT disabled_at IS NULL FROM users WHERE id = '" + id + "'")).containsExactly("t");
        assertThat(get("/api/me", access(pair)).status()).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM account_activity WHERE user_id = '" + id + "' AND kind = 'admin_disabled'"))
                .isZero();
    }

    @Test
    void eachAdministratorHasALimitOnActionsAndRefusalsChangeNothing() throws Exception {
        var admin = administrator("a7@admin.example.org");
        var person = "limited@example.org";
        verifiedAndSignedIn(person, FIREFOX);
        var id = userId(person);
        double enabledBefore = adminActions("enabled");
        // admin-actions-per-admin: 60 in 15 minutes by default; actions on unknown accounts count too.
        for (int i = 0; i < 59; i++) {
            assertThat(post("/api/admin/users/" + UUID.randomUUID() + "/enable", null, admin.access()).status())
                    .isEqualTo(404);
        }
        assertThat(post("/api/admin/users/" + id + "/enable", null, admin.access()).status()).isEqualTo(204);
        var limited = post("/api/admin/users/" + id + "/disable", json(Map.of("reason", "one too many")),
                admin.access());
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.json().get("type").asString()).isEqualTo("urn:journal:problem:too-many-requests");
        assertThat(limited.header("Retry-After")).isNotBlank();
        assertThat(sql("SELECT disabled_at IS NULL FROM users WHERE id = '" + id + "'")).containsExactly("t");
        assertThat(sql("SELECT action FROM admin_audit WHERE actor_email = 'a7@admin.example.org'"))
                .containsExactly("enabled");
        assertThat(adminActions("enabled")).isEqualTo(enabledBefore + 1);
        // Another administrator is not held back by this one's limit; reading is not limited.
        assertThat(get("/api/admin/users/" + id, admin.access()).status()).isEqualTo(200);
        var other = administrator("a8@admin.example.org");
        assertThat(post("/api/admin/users/" + id + "/enable", null, other.access()).status()).isEqualTo(204);
    }
}
