package app.journal.webui.view;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.webui.api.account.ActivityItem;
import app.journal.webui.view.account.ActivityText;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the passkey button decides on the server: support, when to renew the options, a refusal in words. */
class PasskeyButtonTest {

    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

    @Test
    void only_the_detection_answers_it_knows_show_a_passkey_button() {
        assertThat(PasskeyButton.support("CONDITIONAL")).isEqualTo(PasskeyButton.Support.CONDITIONAL);
        assertThat(PasskeyButton.support("MODAL")).isEqualTo(PasskeyButton.Support.MODAL);
        assertThat(PasskeyButton.support("NONE").any()).isFalse();
        assertThat(PasskeyButton.support(null).any()).isFalse();
        assertThat(PasskeyButton.support("yes please").any()).as("anything else is no").isFalse();
    }

    @Test
    void options_are_renewed_half_a_minute_before_they_expire_but_never_in_a_tight_loop() {
        assertThat(PasskeyButton.refreshIn(NOW.plus(Duration.ofMinutes(5)), NOW)).isEqualTo(Duration.ofSeconds(270));
        assertThat(PasskeyButton.refreshIn(NOW.plusSeconds(31), NOW)).isEqualTo(Duration.ofSeconds(5));
        assertThat(PasskeyButton.refreshIn(NOW.minusSeconds(60), NOW)).as("expired already, clock skew")
                .isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void a_browser_refusal_reads_as_what_the_person_can_do_about_it() {
        assertThat(PasskeyButton.reason("NotAllowedError")).contains("cancelled", "timed out", "could not verify");
        assertThat(PasskeyButton.reason("InvalidStateError")).contains("already has a passkey");
        assertThat(PasskeyButton.reason("SecurityError")).contains("does not allow passkeys");
        assertThat(PasskeyButton.reason(null)).isEqualTo("Your browser could not use a passkey.");
        assertThat(PasskeyButton.reason("<script>")).isEqualTo("Your browser could not use a passkey.");
    }

    @Test
    void passkey_activity_reads_as_plain_words_and_unknown_kinds_still_read() {
        assertThat(ActivityText.describe(item("passkey_added", null))).isEqualTo("Passkey added");
        assertThat(ActivityText.describe(item("passkey_removed", null))).isEqualTo("Passkey removed");
        assertThat(ActivityText.describe(item("passkey_renamed", null))).isEqualTo("Passkey renamed");
        assertThat(ActivityText.describe(item("passkey_counter_regressed", null)))
                .isEqualTo("Sign-in with a passkey refused: its counter went backwards, it may have been copied");
        assertThat(ActivityText.describe(item("signed_in", "passkey"))).isEqualTo("Signed in with a passkey");
        assertThat(ActivityText.describe(item("signed_in", "password"))).isEqualTo("Signed in");
        assertThat(ActivityText.describe(item("passkey_signed_in", null))).isEqualTo("A passkey was used to sign in");
        assertThat(ActivityText.describe(item("passkey_backup_state_changed", null)))
                .isEqualTo("Passkey backup state changed");
    }

    private static ActivityItem item(String kind, String method) {
        return new ActivityItem(UUID.randomUUID(), NOW, kind, "Chrome on Linux", "203.0.113.7", null, 1, false, method);
    }
}
