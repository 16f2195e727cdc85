package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, forgot password and reset, over real HTTP on PostgreSQL with mail through GreenMail: no
 * enumeration, links from the public base URL that work once, for a short time, newest only; what a
 * reset does to the account and its devices; and that a failure in the middle leaves nothing half done.
 */
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class PasswordResetApiTest extends AccountLifecycleApiTestBase {

    @Test
    void forgot_answers_known_and_unknown_addresses_with_the_same_status_and_byte_identical_body() throws Exception {
        var known = uniqueEmail();
        verifiedAndSignedIn(known, FIREFOX);
        var unverified = uniqueEmail();
        assertThat(register(unverified, PASSWORD).status()).isEqualTo(202);
        var unknown = uniqueEmail();

        var forKnown = forgot(known);
        var forUnverified = forgot(unverified);
        var forUnknown = forgot(unknown);
        var forOtherSpelling = forgot("  " + unknown.toUpperCase() + " ");

        assertThat(forKnown.status()).isEqualTo(202);
        for (var other : java.util.List.of(forUnverified, forUnknown, forOtherSpelling)) {
            assertThat(other.status()).isEqualTo(forKnown.status());
            assertThat(other.body()).isEqualTo(forKnown.body());
            assertThat(other.header("Content-Type")).isEqualTo(forKnown.header("Content-Type"));
        }
        assertThat(forKnown.header("Cache-Control")).isEqualTo("no-store");
        assertThat(forKnown.body()).doesNotContain(known);
        mails(known, "Reset your Journal password", 1);
        mails(unverified, "Reset your Journal password", 1);
        outboxDrained();
        assertThat(subjectsTo(unknown)).as("nothing is sent to an address without an account").isEmpty();
    }

    @Test
    void a_malformed_address_is_invalid_input_like_at_registration() {
        var response = forgot("not-an-address");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:journal:problem:invalid-input");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
    }

    @Test
    void the_link_comes_from_the_public_base_url_carries_256_bits_and_only_its_hash_is_stored() throws Exception {
        var email = uniqueEmail();
        verifiedAndSignedIn(email, FIREFOX);

        var asked = exchange(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/auth/forgot-password"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "http")
                .POST(HttpRequest.BodyPublishers.ofString(json(Map.of("email", email)))));
        assertThat(asked.status()).isEqualTo(202);
        var mail = mails(email, "Reset your Journal password", 1).getFirst();
        var token = linkToken(mail, "/reset");

        assertThat(text(mail)).doesNotContain("evil.example");
        assertThat(Base64.getUrlDecoder().decode(token)).as("secret bytes").hasSize(32);
        var hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.US_ASCII)));
        assertThat(sql("SELECT token_hash FROM account_tokens WHERE user_id = '" + userId(email) + "'"))
                .containsExactly(hash);
        assertThat(sql("SELECT count(*) FROM account_tokens t, account_mail_outbox o "
                + "WHERE t.token_hash LIKE '%" + token + "%' OR o.device LIKE '%" + token + "%'"))
                .as("the token itself is stored nowhere").containsExactly("0");
        assertThat(sql("SELECT (expires_at - created_at) <= interval '30 minutes' FROM account_tokens WHERE user_id = '"
                + userId(email) + "'")).containsExactly("t");
    }

    @Test
    void a_reset_sets_the_password_signs_every_device_out_signs_nobody_in_verifies_records_and_notifies(
            org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        var email = uniqueEmail();
        var firefox = verifiedAndSignedIn(email, FIREFOX);
        var phone = signIn(email, PASSWORD, IPHONE);
        assertThat(forgot(email).status()).isEqualTo(202);
        var token = resetToken(email, 1);
        var hashBefore = sql("SELECT password_hash FROM users WHERE email = '" + email + "'");

        var reset = reset(token, NEW_PASSWORD);

        assertThat(reset.status()).isEqualTo(204);
        assertThat(reset.body()).isEmpty();
        assertThat(reset.headers().allValues("Set-Cookie")).as("not signed in").isEmpty();
        assertThat(sql("SELECT password_hash FROM users WHERE email = '" + email + "'")).isNotEqualTo(hashBefore);
        assertThat(logIn(email, PASSWORD).status()).as("the old password").isEqualTo(401);
        assertThat(logIn(email, NEW_PASSWORD).status()).as("the new password").isEqualTo(200);
        for (var device : java.util.List.of(firefox, phone)) {
            assertThat(get("/api/me", access(device)).status()).as("access token at once").isEqualTo(401);
            assertThat(refresh(refreshToken(device)).status()).as("refresh token").isEqualTo(401);
        }
        assertThat(sql("SELECT DISTINCT revoke_reason FROM user_sessions WHERE id IN ('" + sid(firefox) + "', '"
                + sid(phone) + "')")).containsExactly("password_reset");
        assertThat(sql("SELECT kind || ' ' || device FROM account_activity WHERE user_id = '" + userId(email)
                + "' AND kind = 'password_reset'")).containsExactly("password_reset Safari on iPhone");
        var notice = text(mails(email, "Your Journal password was changed", 1).getFirst());
        assertThat(notice).contains("reset", "every device was signed out", "Safari on iPhone",
                "https://journal.example/forgot");
        assertThat(output.getAll()).as("no token or password in the logs").doesNotContain(token)
                .doesNotContain(NEW_PASSWORD).doesNotContain(PASSWORD);
    }

    @Test
    void a_reset_verifies_an_address_that_was_never_verified() throws Exception {
        var email = uniqueEmail();
        assertThat(register(email, PASSWORD).status()).isEqualTo(202);
        assertThat(forgot(email).status()).isEqualTo(202);

        assertThat(reset(resetToken(email, 1), NEW_PASSWORD).status()).isEqualTo(204);

        assertThat(sql("SELECT email_verified_at IS NOT NULL FROM users WHERE email = '" + email + "'"))
                .containsExactly("t");
        assertThat(logIn(email, NEW_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void a_used_link_fails_with_one_answer() throws Exception {
        var email = uniqueEmail();
        verifiedAndSignedIn(email, FIREFOX);
        forgot(email);
        var token = resetToken(email, 1);
        assertThat(reset(token, NEW_PASSWORD).status()).isEqualTo(204);

        var again = reset(token, "Another fine password 77 lakes");

        assertInvalidLink(again);
        assertThat(logIn(email, NEW_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void an_expired_link_fails() throws Exception {
        var email = uniqueEmail();
        verifiedAndSignedIn(email, FIREFOX);
        forgot(email);
        var token = resetToken(email, 1);
        execute("UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE user_id = '"
                + userId(email) + "'");

        assertInvalidLink(reset(token, NEW_PASSWORD));
        assertThat(logIn(email, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void a_newer_link_makes_the_older_fail() throws Exception {
        var email = uniqueEmail();
        verifiedAndSignedIn(email, FIREFOX);
        forgot(email);
        var older = resetToken(email, 1);
        forgot(email);
        var newer = resetToken(email, 2);

        assertInvalidLink(reset(older, NEW_PASSWORD));
        assertThat(reset(newer, NEW_PASSWORD).status()).isEqualTo(204);
    }

    @Test
    void a_tampered_garbage_or_missing_token_fails_with_the_same_answer() throws Exception {
        var email = uniqueEmail();
        verifiedAndSignedIn(email, FIREFOX);
        forgot(email);
        var token = resetToken(email, 1);
        var tampered = token.substring(0, 42) + (token.charAt(42) == 'A' ? 'B' : 'A');

        var answers = java.util.List.of(reset(tampered, NEW_PASSWORD), reset("garbage", NEW_PASSWORD),
                reset(token + token, NEW_PASSWORD),
                post("/api/auth/reset-password", json(Map.of("password", NEW_PASSWORD)), null));

        for (var answer : answers) {
            assertInvalidLink(answer);
            assertThat(answer.body()).isEqualTo(answers.getFirst().body());
        }
        assertThat(reset(token, NEW_PASSWORD).status()).as("the real link still works").isEqualTo(204);
    }

    @Test
    void a_password_that_breaks_the_policy_is_refused_like_at_registration_and_leaves_the_link_usable()
            throws Exception {
        var email = uniqueEmail();
        verifiedAndSignedIn(email, FIREFOX);
        forgot(email);
        var token = resetToken(email, 1);

        var tooShort = reset(token, "short");
        var guessable = reset(token, "password1234");

        for (var refused : java.util.List.of(tooShort, guessable)) {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("type").asString()).isEqualTo("urn:journal:problem:invalid-input");
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
            assertThat(refused.header("Cache-Control")).isEqualTo("no-store");
        }
        assertThat(reset(token, NEW_PASSWORD).status()).isEqualTo(204);
    }

    @Test
    void a_failure_in_the_middle_of_a_reset_leaves_nothing_half_done() throws Exception {
        var email = uniqueEmail();
        var firefox = verifiedAndSignedIn(email, FIREFOX);
        forgot(email);
        var token = resetToken(email, 1);
        outboxDrained();
        var user = userId(email);
        var hashBefore = sql("SELECT password_hash FROM users WHERE id = '" + user + "'");
        // The activity row is written after the token is spent, the hash changed and the sessions revoked.
        execute("""
                CREATE FUNCTION fail_reset_activity() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION 'injected failure'; END $$ LANGUAGE plpgsql""");
        execute("""
                CREATE TRIGGER fail_reset_activity BEFORE INSERT ON account_activity FOR EACH ROW
                WHEN (NEW.kind = 'password_reset') EXECUTE FUNCTION fail_reset_activity()""");
        try {
            var failed = reset(token, NEW_PASSWORD);

            assertThat(failed.status()).isEqualTo(500);
            assertThat(failed.json().get("type").asString()).isEqualTo("urn:journal:problem:internal-error");
            assertThat(sql("SELECT count(*) FROM account_tokens WHERE user_id = '" + user + "'"))
                    .as("the link is not spent").containsExactly("1");
            assertThat(sql("SELECT password_hash FROM users WHERE id = '" + user + "'")).isEqualTo(hashBefore);
            assertThat(sql("SELECT count(*) FROM user_sessions WHERE revoked_at IS NOT NULL AND user_id = '"
                    + user + "'")).as("no session revoked").containsExactly("0");
            assertThat(sql("SELECT count(*) FROM account_mail_outbox WHERE user_id = '" + user + "'"))
                    .as("no notice queued").containsExactly("0");
            assertThat(get("/api/me", access(firefox)).status()).isEqualTo(200);
            assertThat(logIn(email, PASSWORD).status()).isEqualTo(200);
        } finally {
            execute("DROP TRIGGER fail_reset_activity ON account_activity");
            execute("DROP FUNCTION fail_reset_activity()");
        }
        assertThat(reset(token, NEW_PASSWORD).status()).as("the same link, once the fault is gone").isEqualTo(204);
    }

    private static void assertInvalidLink(Response response) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:journal:problem:reset-link-invalid");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.json().get("detail").asString())
                .isEqualTo("This reset link is invalid, used or expired. Ask for a new one.");
    }

    /** The session id, from the access token's sid claim. */
    static String sid(tools.jackson.databind.JsonNode pair) {
        var payload = access(pair).split("\\.")[1];
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload))).get("sid").asString();
    }
}
