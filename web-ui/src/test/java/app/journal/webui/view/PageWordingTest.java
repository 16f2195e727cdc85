package app.journal.webui.view;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.webui.api.account.ActivityItem;
import app.journal.webui.api.devices.DeviceSession;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import app.journal.webui.view.account.ActivityText;
import app.journal.webui.view.account.RecoveryCodesPanel;

/** What the devices and activity pages say, in plain words. */
class PageWordingTest {

    private static final Instant AT = Instant.parse("2026-12-01T21:26:00Z");

    private static ActivityItem activity(String kind, int count, boolean newDevice) {
        return new ActivityItem(UUID.randomUUID(), AT, kind, "Firefox on Windows", "203.0.113.7", null, count,
                newDevice);
    }

    private static DeviceSession device(String words, boolean current) {
        return new DeviceSession(UUID.randomUUID(), AT, AT, AT, "agent", words, null, current);
    }

    @Test
    void each_kind_of_activity_reads_as_plain_words() {
        assertThat(ActivityText.describe(activity("signed_in", 1, true))).isEqualTo("Signed in from a new device");
        assertThat(ActivityText.describe(activity("signed_in", 1, false))).isEqualTo("Signed in");
        assertThat(ActivityText.describe(activity("sign_in_refused", 3, false))).isEqualTo("Sign-in refused (3 attempts)");
        assertThat(ActivityText.describe(activity("sign_in_refused", 1, false))).isEqualTo("Sign-in refused (1 attempt)");
        assertThat(ActivityText.describe(activity("signed_out", 1, false))).isEqualTo("Signed out");
        assertThat(ActivityText.describe(activity("journal_imported", 450, false))).isEqualTo("Journal imported (450 entries)");
        assertThat(ActivityText.describe(activity("journal_imported", 1, false))).isEqualTo("Journal imported (1 entry)");
        assertThat(ActivityText.describe(activity("session_revoked", 1, false)))
                .isEqualTo("Signed out from another device");
        assertThat(ActivityText.describe(activity("other_sessions_revoked", 1, false)))
                .isEqualTo("All other devices signed out");
        assertThat(ActivityText.describe(activity("refresh_token_replayed", 1, false)))
                .isEqualTo("An old sign-in token was replayed: that device was signed out");
        assertThat(ActivityText.describe(activity("email_verified", 1, false))).isEqualTo("Email address verified");
    }

    @Test
    void what_an_administrator_did_reads_as_plain_words_on_the_persons_own_activity_page() {
        assertThat(ActivityText.describe(activity("admin_signed_out", 1, false)))
                .isEqualTo("An administrator signed out all your devices");
        assertThat(ActivityText.describe(new ActivityItem(UUID.randomUUID(), AT, "admin_signed_out", null, null,
                UUID.randomUUID(), 1, false))).isEqualTo("An administrator signed out one of your devices");
        assertThat(ActivityText.describe(activity("admin_disabled", 1, false)))
                .isEqualTo("An administrator disabled your account");
        assertThat(ActivityText.describe(activity("admin_enabled", 1, false)))
                .isEqualTo("An administrator enabled your account again");
        assertThat(ActivityText.describe(activity("admin_reset_second_factor", 1, false)))
                .startsWith("An administrator reset your second factor");
        assertThat(ActivityText.describe(activity("admin_password_reset_mail", 1, false)))
                .isEqualTo("An administrator sent you a password-reset mail");
    }

    @Test
    void the_kinds_of_two_step_verification_read_as_plain_words() {
        assertThat(ActivityText.describe(activity("two_step_enabled", 1, false)))
                .isEqualTo("Two-step verification turned on");
        assertThat(ActivityText.describe(activity("two_step_disabled", 1, false)))
                .isEqualTo("Two-step verification turned off");
        assertThat(ActivityText.describe(activity("recovery_codes_generated", 1, false)))
                .isEqualTo("New recovery codes generated");
        assertThat(ActivityText.describe(activity("recovery_code_used", 1, false)))
                .isEqualTo("A recovery code was used");
        assertThat(ActivityText.describe(activity("second_step_failed_repeatedly", 1, false)))
                .isEqualTo("Password entered correctly, but the code was wrong");
        assertThat(ActivityText.describe(activity("second_step_failed_repeatedly", 5, false)))
                .isEqualTo("Password entered correctly, but the code was wrong (5 times)");
        assertThat(ActivityText.describe(activity("identity_confirmed", 1, false))).isEqualTo("Confirmed it's you");
        assertThat(ActivityText.describe(activity("trusted_browser_removed", 1, false)))
                .isEqualTo("Trusted browser removed");
        assertThat(ActivityText.describe(activity("email_change_cancelled", 1, false)))
                .isEqualTo("Change of email address cancelled");
    }

    @Test
    void too_many_attempts_say_how_long_to_wait() {
        assertThat(UiMessages.tooManyAttempts(java.util.Optional.of(java.time.Duration.ofSeconds(42))))
                .isEqualTo("Too many attempts. Please wait 42 seconds and try again.");
        assertThat(UiMessages.tooManyAttempts(java.util.Optional.of(java.time.Duration.ofMinutes(15))))
                .isEqualTo("Too many attempts. Please wait 15 minutes and try again.");
        assertThat(UiMessages.tooManyAttempts(java.util.Optional.empty()))
                .isEqualTo("Too many attempts. Please wait a little and try again.");
    }

    @Test
    void recovery_codes_download_as_one_code_a_line() {
        assertThat(RecoveryCodesPanel.asText(java.util.List.of("abcd-efgh-jkmn", "pqrs-tuvw-xyz2")))
                .endsWith("\n\nabcd-efgh-jkmn\npqrs-tuvw-xyz2\n");
    }

    @Test
    void a_kind_this_page_does_not_know_is_shown_plainly_not_hidden() {
        assertThat(ActivityText.describe(activity("email_change_requested", 1, false)))
                .isEqualTo("Change of email address requested");
        assertThat(ActivityText.describe(activity("email_change_cancelled", 1, false)))
                .isEqualTo("Change of email address cancelled");
        assertThat(ActivityText.describe(activity("account_locked", 1, false))).isEqualTo("Account locked");
        assertThat(ActivityText.describe(activity("", 1, false))).isEqualTo("Other account event");
        assertThat(ActivityText.describe(activity(null, 1, false))).isEqualTo("Other account event");
    }

    @Test
    void activity_without_a_device_or_address_says_so() {
        ActivityItem bare = new ActivityItem(null, AT, "sign_in_refused", " ", null, null, 0, false);
        assertThat(ActivityText.device(bare)).isEqualTo("Not recorded");
        assertThat(ActivityText.address(bare)).isEqualTo("Not recorded");
        assertThat(bare.count()).isEqualTo(1);
        assertThat(ActivityText.pageOf(0, 0)).isEqualTo("Page 1 of 1");
        assertThat(ActivityText.pageOf(1, 3)).isEqualTo("Page 2 of 3");
    }

    @Test
    void the_sign_out_buttons_say_which_device_they_sign_out() {
        assertThat(DeviceText.signOutLabel(device("Firefox on Windows", false))).isEqualTo("Sign out Firefox on Windows");
        assertThat(DeviceText.signOutLabel(device("Safari on iPhone", true)))
                .isEqualTo("Sign out this device (Safari on iPhone)");
        assertThat(DeviceText.confirmHeader(device("Chrome on Linux", false))).isEqualTo("Sign out Chrome on Linux?");
    }

    @Test
    void a_device_the_api_could_not_name_is_an_unknown_device() {
        assertThat(device(null, false).device()).isEqualTo("Unknown device");
        assertThat(device("  ", false).device()).isEqualTo("Unknown device");
        assertThat(DeviceText.address(device("Firefox on Windows", false))).isEqualTo("Not recorded");
    }

    @Test
    void signing_out_the_others_counts_them() {
        assertThat(DeviceText.othersSignedOut(0)).isEqualTo("No other device was signed in.");
        assertThat(DeviceText.othersSignedOut(1)).isEqualTo("1 other device was signed out.");
        assertThat(DeviceText.othersSignedOut(4)).isEqualTo("4 other devices were signed out.");
    }

    @Test
    void times_read_in_the_browsers_zone_or_in_utc_saying_so() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertThat(BrowserZone.format(AT, berlin)).isEqualTo("1 Dec 2026, 22:26");
        assertThat(BrowserZone.format(AT, ZoneOffset.UTC)).isEqualTo("1 Dec 2026, 21:26");
        assertThat(BrowserZone.format(null, berlin)).isEqualTo("Not known");
        assertThat(BrowserZone.note(ZoneOffset.UTC)).isEqualTo("Times are in UTC.");
        assertThat(BrowserZone.note(berlin)).isEqualTo("Times are in your time zone (Europe/Berlin).");
        assertThat(BrowserZone.zoneOrUtc("Not/AZone")).isEqualTo(ZoneOffset.UTC);
        assertThat(BrowserZone.zoneOrUtc(null)).isEqualTo(ZoneOffset.UTC);
    }
}
