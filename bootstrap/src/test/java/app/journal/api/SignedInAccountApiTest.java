package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 9 while signed in, over real HTTP on PostgreSQL with GreenMail: change password (other devices
 * stop at once, this one stays) and change email (no enumeration; nothing changes until the new address
 * confirms).
 */
class SignedInAccountApiTest extends AccountLifecycleApiTestBase {

    @Test
    void changing_the_password_keeps_this_device_stops_the_others_at_once_records_and_notifies() throws Exception {
        var email = uniqueEmail();
        var firefox = verifiedAndSignedIn(email, FIREFOX);
        var phone = signIn(email, PASSWORD, IPHONE);
        var laptop = signIn(email, PASSWORD, IPHONE);

        var changed = changePassword(firefox, PASSWORD, NEW_PASSWORD);

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("signedOutOtherSessions").asInt()).isEqualTo(2);
        assertThat(changed.header("Cache-Control")).isEqualTo("no-store");
        for (var other : List.of(phone, laptop)) {
            assertThat(get("/api/me", access(other)).status()).as("other device's access token").isEqualTo(401);
            var refreshed = refresh(refreshToken(other));
            assertThat(refreshed.status()).as("other device's refresh token").isEqualTo(401);
            assertThat(refreshed.json().get("type").asString()).isEqualTo("urn:journal:problem:session-revoked");
        }
        assertThat(get("/api/me", access(firefox)).status()).as("this device").isEqualTo(200);
        assertThat(refresh(refreshToken(firefox)).status()).isEqualTo(200);
        assertThat(logIn(email, PASSWORD).status()).isEqualTo(401);
        assertThat(logIn(email, NEW_PASSWORD).status()).isEqualTo(200);
        assertThat(sql("SELECT kind || ' ' || device FROM account_activity WHERE user_id = '" + userId(email)
                + "' AND kind = 'password_changed'")).containsExactly("password_changed Firefox on Windows");
        var notice = text(mails(email, "Your Journal password was changed", 1).getFirst());
        assertThat(notice).contains("2 other devices were signed out", "Firefox on Windows");
    }

    @Test
    void a_wrong_current_password_is_a_400_of_its_own_and_changes_nothing() throws Exception {
        var email = uniqueEmail();
        var firefox = verifiedAndSignedIn(email, FIREFOX);
        var phone = signIn(email, PASSWORD, IPHONE);
        var hashBefore = sql("SELECT password_hash FROM users WHERE email = '" + email + "'");

        var refused = changePassword(firefox, "not my password at all", NEW_PASSWORD);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:journal:problem:current-password-incorrect");
        assertThat(sql("SELECT password_hash FROM users WHERE email = '" + email + "'")).isEqualTo(hashBefore);
        assertThat(get("/api/me", access(phone)).status()).isEqualTo(200);
        var wrongForEmail = send("POST", "/api/me/email", json(Map.of("currentPassword", "nope nope nope",
                "newEmail", uniqueEmail())), access(firefox), FIREFOX);
        assertThat(wrongForEmail.json().get("type").asString()).isEqualTo("urn:journal:problem:current-password-incorrect");
        var wrongForDelete = send("DELETE", "/api/me", json(Map.of("currentPassword", "nope nope nope")),
                access(firefox), FIREFOX);
        assertThat(wrongForDelete.status()).isEqualTo(400);
        assertThat(wrongForDelete.json().get("type").asString())
                .isEqualTo("urn:journal:problem:current-password-incorrect");
        assertThat(sql("SELECT count(*) FROM users WHERE email = '" + email + "'")).containsExactly("1");
    }

    @Test
    void a_new_password_that_breaks_the_policy_names_new_password() {
        var firefox = verifiedAndSignedIn(uniqueEmail(), FIREFOX);

        var refused = changePassword(firefox, PASSWORD, "short");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:journal:problem:invalid-input");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("newPassword");
    }

    @Test
    void demo_tokens_are_forbidden_on_every_account_change() {
        var demo = demoToken();

        var answers = List.of(
                post("/api/me/password", json(Map.of("currentPassword", "x", "newPassword", NEW_PASSWORD)), demo),
                post("/api/me/email", json(Map.of("currentPassword", "x", "newEmail", uniqueEmail())), demo),
                send("DELETE", "/api/me", json(Map.of("currentPassword", "x")), demo),
                get("/api/me/export", demo));

        for (var answer : answers) {
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.json().get("type").asString()).isEqualTo("urn:journal:problem:forbidden");
        }
    }

    @Test
    void change_email_answers_free_taken_and_same_addresses_alike_and_mails_only_a_free_one() throws Exception {
        var email = uniqueEmail();
        var firefox = verifiedAndSignedIn(email, FIREFOX);
        var taken = uniqueEmail();
        verifiedAndSignedIn(taken, IPHONE);
        var free = uniqueEmail();
        int takenMailsBefore = subjectsTo(taken).size();

        var toFree = changeEmail(firefox, free);
        var toTaken = changeEmail(firefox, taken);
        var toSame = changeEmail(firefox, email);

        assertThat(toFree.status()).isEqualTo(202);
        for (var other : List.of(toTaken, toSame)) {
            assertThat(other.status()).isEqualTo(toFree.status());
            assertThat(other.body()).isEqualTo(toFree.body());
        }
        mails(free, "Confirm your new email for Journal", 1);
        outboxDrained();
        assertThat(subjectsTo(taken)).as("the owner of the taken address gets nothing").hasSize(takenMailsBefore);
        assertThat(sql("SELECT email FROM users WHERE id = '" + userId(email) + "'"))
                .as("nothing changes before the new address confirms").containsExactly(email);
        assertThat(sql("SELECT count(*) FROM account_activity WHERE kind = 'email_change_requested' AND user_id = '"
                + userId(email) + "'")).containsExactly("3");
    }

    @Test
    void the_change_happens_when_the_new_address_confirms_and_the_old_one_is_told() throws Exception {
        var email = uniqueEmail();
        var firefox = verifiedAndSignedIn(email, FIREFOX);
        var user = userId(email);
        var fresh = uniqueEmail();
        assertThat(changeEmail(firefox, fresh).status()).isEqualTo(202);
        var token = linkToken(mails(fresh, "Confirm your new email for Journal", 1).getFirst(), "/confirm-email");
        assertThat(logIn(fresh, PASSWORD).status()).as("not before the link is opened").isEqualTo(401);

        var confirmed = post("/api/auth/confirm-email", json(Map.of("token", token)), null);

        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().get("status").asString()).isEqualTo("email_changed");
        assertThat(confirmed.json().get("email").asString()).isEqualTo(fresh);
        assertThat(sql("SELECT email FROM users WHERE id = '" + user + "'")).containsExactly(fresh);
        assertThat(logIn(fresh, PASSWORD).status()).isEqualTo(200);
        assertThat(logIn(email, PASSWORD).status()).isEqualTo(401);
        var notice = text(mails(email, "The email of your Journal account was changed", 1).getFirst());
        assertThat(notice).doesNotContain(fresh);
        assertThat(sql("SELECT count(*) FROM account_activity WHERE kind = 'email_changed' AND user_id = '" + user
                + "'")).containsExactly("1");
        var again = post("/api/auth/confirm-email", json(Map.of("token", token)), null);
        assertThat(again.status()).as("a used link").isEqualTo(400);
        assertThat(again.json().get("type").asString()).isEqualTo("urn:journal:problem:email-change-link-invalid");
    }

    @Test
    void a_newer_change_supersedes_the_older_link_and_a_taken_address_at_confirmation_is_a_409() throws Exception {
        var email = uniqueEmail();
        var firefox = verifiedAndSignedIn(email, FIREFOX);
        var first = uniqueEmail();
        var second = uniqueEmail();
        changeEmail(firefox, first);
        var older = linkToken(mails(first, "Confirm your new email", 1).getFirst(), "/confirm-email");
        changeEmail(firefox, second);
        var newer = linkToken(mails(second, "Confirm your new email", 1).getFirst(), "/confirm-email");

        var superseded = post("/api/auth/confirm-email", json(Map.of("token", older)), null);
        assertThat(superseded.status()).isEqualTo(400);
        assertThat(superseded.json().get("type").asString()).isEqualTo("urn:journal:problem:email-change-link-invalid");

        assertThat(register(second, PASSWORD).status()).as("someone takes the address meanwhile").isEqualTo(202);
        var taken = post("/api/auth/confirm-email", json(Map.of("token", newer)), null);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("type").asString()).isEqualTo("urn:journal:problem:email-taken");
        assertThat(sql("SELECT email FROM users WHERE id = '" + userId(email) + "'")).containsExactly(email);
        var expired = post("/api/auth/confirm-email", json(Map.of("token", "x".repeat(43))), null);
        assertThat(expired.json().get("type").asString()).isEqualTo("urn:journal:problem:email-change-link-invalid");
    }

    private Response changePassword(JsonNode pair, String current, String next) {
        return send("POST", "/api/me/password", json(Map.of("currentPassword", current, "newPassword", next)),
                access(pair), FIREFOX);
    }

    private Response changeEmail(JsonNode pair, String newEmail) {
        return send("POST", "/api/me/email", json(Map.of("currentPassword", PASSWORD, "newEmail", newEmail)),
                access(pair), FIREFOX);
    }
}
