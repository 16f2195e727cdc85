package app.journal.webui.view.admin;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.webui.api.admin.AdminUser;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the administrators' pages say, and the typed address that unlocks a deletion. */
class AdminWordingTest {

    private static AdminUser user(boolean verified, boolean disabled, String reason) {
        return new AdminUser(UUID.randomUUID(), "bob@example.org", Instant.EPOCH, null, verified, false, 0, disabled,
                false, 0, reason);
    }

    @Test
    void the_audit_logs_actions_read_as_words_and_an_unknown_one_plainly() {
        assertThat(AdminText.action("role_granted")).isEqualTo("Made an administrator");
        assertThat(AdminText.action("disable")).isEqualTo("Disabled the account");
        assertThat(AdminText.action("second_factor_reset")).isEqualTo("Reset the second factor");
        assertThat(AdminText.action("disabled")).isEqualTo("Disabled the account");
        assertThat(AdminText.action("deleted")).isEqualTo("Deleted the account");
        assertThat(AdminText.action("delete")).isEqualTo("Deleted the account");
        assertThat(AdminText.action("something_new-later")).isEqualTo("Something new later");
        assertThat(AdminText.action("")).isEqualTo("Other action");
    }

    @Test
    void the_number_of_accounts_is_exact_in_words_unless_the_count_stopped_at_its_limit() {
        assertThat(AdminText.accounts(0, false)).isEqualTo("0 accounts");
        assertThat(AdminText.accounts(1, false)).isEqualTo("1 account");
        assertThat(AdminText.accounts(2, false)).isEqualTo("2 accounts");
        assertThat(AdminText.accounts(9_999, false)).isEqualTo("9,999 accounts");
        assertThat(AdminText.accounts(10_000, true)).isEqualTo("10,000+ accounts");
        assertThat(AdminText.accounts(1, true)).isEqualTo("1+ accounts");
    }

    @Test
    void the_status_of_an_account_says_disabled_with_the_reason_when_there_is_one() {
        assertThat(AdminText.status(user(true, false, null))).isEqualTo("Active");
        assertThat(AdminText.status(user(false, false, null))).isEqualTo("Active, address not verified yet");
        assertThat(AdminText.status(user(true, true, null))).isEqualTo("Disabled");
        assertThat(AdminText.status(user(true, true, " Spam "))).isEqualTo("Disabled: Spam");
    }

    @Test
    void only_the_accounts_own_address_unlocks_its_deletion_in_any_case_and_spacing() {
        assertThat(DeleteUserDialog.matches(" Bob@Example.org ", "bob@example.org")).isTrue();
        assertThat(DeleteUserDialog.matches("bob@example.or", "bob@example.org")).isFalse();
        assertThat(DeleteUserDialog.matches("", "bob@example.org")).isFalse();
    }
}
