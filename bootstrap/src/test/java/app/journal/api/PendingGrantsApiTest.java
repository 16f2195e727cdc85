package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15, "close a takeover that exists today", over real HTTP on PostgreSQL with GreenMail: someone
 * who knows the password asks to move the account to their own address; whatever the owner does about
 * it (reset, change the password, sign out the other devices), the intruder's confirmation link is dead
 * afterwards. And the current address hears of the request at once, with a link that cancels it.
 */
class PendingGrantsApiTest extends AccountLifecycleApiTestBase {

    private static final String CHANGE_REQUESTED = "Someone asked to change the email of your Journal account";

    /** What the owner does on noticing. */
    enum OwnerAction {
        RESET_PASSWORD, CHANGE_PASSWORD, SIGN_OUT_OTHER_DEVICES
    }

    @ParameterizedTest
    @EnumSource(OwnerAction.class)
    void an_intruders_pending_email_change_dies_with_any_change_of_credentials(OwnerAction action) throws Exception {
        var owner = uniqueEmail();
        var ownersLaptop = verifiedAndSignedIn(owner, FIREFOX);
        var intruder = signIn(owner, PASSWORD, IPHONE);
        var intrudersAddress = uniqueEmail();
        assertThat(changeEmail(intruder, intrudersAddress).status()).isEqualTo(202);
        var intrudersLink = linkToken(mails(intrudersAddress, "Confirm your new email for Journal", 1).getFirst(),
                "/confirm-email");

        switch (action) {
            case RESET_PASSWORD -> {
                assertThat(forgot(owner).status()).isEqualTo(202);
                assertThat(reset(resetToken(owner, 1), NEW_PASSWORD).status()).isEqualTo(204);
            }
            case CHANGE_PASSWORD -> assertThat(send("POST", "/api/me/password", json(Map.of("currentPassword",
                    PASSWORD, "newPassword", NEW_PASSWORD)), access(ownersLaptop), FIREFOX).status()).isEqualTo(200);
            case SIGN_OUT_OTHER_DEVICES -> assertThat(send("DELETE", "/api/sessions/others", null,
                    access(ownersLaptop), FIREFOX).status()).isEqualTo(200);
        }

        var confirm = post("/api/auth/confirm-email", json(Map.of("token", intrudersLink)), null);
        assertThat(confirm.status()).isEqualTo(400);
        assertThat(confirm.json().get("type").asString()).isEqualTo("urn:journal:problem:email-change-link-invalid");
        assertThat(sql("SELECT email FROM users WHERE id = '" + userId(owner) + "'")).containsExactly(owner);
        assertThat(sql("SELECT count(*) FROM account_tokens WHERE user_id = '" + userId(owner)
                + "' AND purpose IN ('email_change', 'password_reset')")).containsExactly("0");
    }

    @Test
    void link_mails_still_waiting_in_the_outbox_are_withdrawn_and_never_mint_a_link() throws Exception {
        var owner = uniqueEmail();
        var laptop = verifiedAndSignedIn(owner, FIREFOX);
        var user = userId(owner);
        // Link mails that have not gone out yet (the mail server was down; the next attempt is later).
        var waitingChange = waitingMail(user, "email_change_link", uniqueEmail());
        var waitingReset = waitingMail(user, "password_reset_link", owner);
        var waitingNotice = waitingMail(user, "verification", owner);

        assertThat(send("POST", "/api/me/password", json(Map.of("currentPassword", PASSWORD, "newPassword",
                NEW_PASSWORD)), access(laptop), FIREFOX).status()).isEqualTo(200);

        assertThat(sql("SELECT id FROM account_mail_outbox WHERE user_id = '" + user + "'"))
                .as("the link mails are gone, other mail stays").doesNotContain(waitingChange, waitingReset)
                .contains(waitingNotice);
        execute("DELETE FROM account_mail_outbox WHERE id = '" + waitingNotice + "'");
    }

    @Test
    void the_current_address_is_told_at_once_what_was_asked_from_which_device_with_a_cancel_link() throws Exception {
        var owner = uniqueEmail();
        verifiedAndSignedIn(owner, FIREFOX);
        var intruder = signIn(owner, PASSWORD, IPHONE);
        var intrudersAddress = "mallory-" + UUID.randomUUID() + "@evil.example";

        assertThat(changeEmail(intruder, intrudersAddress).status()).isEqualTo(202);

        var notice = text(mails(owner, CHANGE_REQUESTED, 1).getFirst());
        assertThat(notice).contains("@evil.example").doesNotContain("mallory-")
                .contains("Safari on iPhone", "127.0.0.1", "UTC", "cancel the change");
        var cancel = linkToken(mails(owner, CHANGE_REQUESTED, 1).getFirst(), "/cancel-email-change");
        assertThat(sql("SELECT (expires_at - created_at) <= interval '24 hours' FROM account_tokens WHERE user_id = '"
                + userId(owner) + "' AND purpose = 'email_change_cancel'")).containsExactly("t");
        assertThat(sql("SELECT count(*) FROM account_tokens WHERE token_hash LIKE '%" + cancel + "%'"))
                .as("hash only").containsExactly("0");
    }

    @Test
    void cancelling_voids_the_pending_change_is_recorded_and_the_link_works_once() throws Exception {
        var owner = uniqueEmail();
        verifiedAndSignedIn(owner, FIREFOX);
        var intruder = signIn(owner, PASSWORD, IPHONE);
        var intrudersAddress = uniqueEmail();
        changeEmail(intruder, intrudersAddress);
        var confirmLink = linkToken(mails(intrudersAddress, "Confirm your new email", 1).getFirst(), "/confirm-email");
        var cancelLink = linkToken(mails(owner, CHANGE_REQUESTED, 1).getFirst(), "/cancel-email-change");

        var cancelled = cancel(cancelLink);

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("email_change_cancelled");
        assertThat(cancelled.header("Cache-Control")).isEqualTo("no-store");
        var confirm = post("/api/auth/confirm-email", json(Map.of("token", confirmLink)), null);
        assertThat(confirm.status()).isEqualTo(400);
        assertThat(confirm.json().get("type").asString()).isEqualTo("urn:journal:problem:email-change-link-invalid");
        assertThat(sql("SELECT email FROM users WHERE id = '" + userId(owner) + "'")).containsExactly(owner);
        assertThat(sql("SELECT kind || ' ' || device FROM account_activity WHERE user_id = '" + userId(owner)
                + "' AND kind = 'email_change_cancelled'")).containsExactly("email_change_cancelled Firefox on Windows");
        var activity = get("/api/me/activity", access(signIn(owner, PASSWORD, FIREFOX)));
        assertThat(activity.body()).contains("email_change_cancelled");

        for (var again : java.util.List.of(cancel(cancelLink), cancel("garbage"), cancel("x".repeat(43)),
                send("POST", "/api/auth/cancel-email-change", "{}", null, FIREFOX))) {
            assertThat(again.status()).isEqualTo(400);
            assertThat(again.json().get("type").asString())
                    .isEqualTo("urn:journal:problem:email-change-cancel-link-invalid");
        }
        assertThat(sql("SELECT count(*) FROM account_activity WHERE user_id = '" + userId(owner)
                + "' AND kind = 'email_change_cancelled'")).containsExactly("1");
    }

    private Response cancel(String token) {
        return send("POST", "/api/auth/cancel-email-change", json(Map.of("token", token)), null, FIREFOX);
    }

    private Response changeEmail(JsonNode pair, String newEmail) {
        return send("POST", "/api/me/email", json(Map.of("currentPassword", PASSWORD, "newEmail", newEmail)),
                access(pair), IPHONE);
    }

    /** A mail in the outbox whose next attempt is an hour away; its id. */
    private static String waitingMail(String userId, String kind, String to) throws Exception {
        var id = UUID.randomUUID().toString();
        execute("INSERT INTO account_mail_outbox (id, kind, user_id, recipient, queued_at, attempts, next_attempt_at) "
                + "VALUES ('" + id + "', '" + kind + "', '" + userId + "', '" + to + "', now(), 1, "
                + "now() + interval '1 hour')");
        return id;
    }
}
