package app.journal.domain.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RevokeReasonTest {

    @Test
    void codes_are_lower_case_and_read_back_to_the_same_reason() {
        assertThat(RevokeReason.LOGOUT.code()).isEqualTo("logout");
        assertThat(RevokeReason.USER_REVOKED.code()).isEqualTo("user_revoked");
        assertThat(RevokeReason.REUSE_DETECTED.code()).isEqualTo("reuse_detected");
        for (var reason : RevokeReason.values()) {
            assertThat(RevokeReason.fromCode(reason.code())).isEqualTo(reason);
        }
    }

    @Test
    void the_holder_ended_it_elsewhere_for_a_device_list_a_password_change_or_reset_only() {
        assertThat(Arrays.stream(RevokeReason.values())
                .filter(RevokeReason::byHolderElsewhere))
                .containsExactlyInAnyOrder(RevokeReason.USER_REVOKED, RevokeReason.PASSWORD_CHANGED,
                        RevokeReason.PASSWORD_RESET);
    }
}
