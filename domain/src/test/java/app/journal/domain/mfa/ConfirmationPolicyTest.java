package app.journal.domain.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConfirmationPolicyTest {

    private static final Instant CONFIRMED = Instant.parse("2026-12-05T07:00:00Z");
    private final ConfirmationPolicy policy = new ConfirmationPolicy(Duration.ofMinutes(10));
    private final Instant until = CONFIRMED.plus(Duration.ofMinutes(10));

    @Test
    void a_session_that_never_confirmed_must_confirm() {
        assertThat(policy.check(null, CONFIRMED)).isEqualTo(new ConfirmationCheck.Required());
    }

    @Test
    void confirmed_from_the_moment_of_confirmation_until_just_before_the_window_ends() {
        assertThat(policy.check(CONFIRMED, CONFIRMED)).isEqualTo(new ConfirmationCheck.Confirmed(until));
        assertThat(policy.check(CONFIRMED, until.minusNanos(1))).isEqualTo(new ConfirmationCheck.Confirmed(until));
    }

    @Test
    void required_again_when_the_window_ends() {
        assertThat(policy.check(CONFIRMED, until)).isEqualTo(new ConfirmationCheck.Required());
        assertThat(policy.check(CONFIRMED, until.plusSeconds(3600))).isEqualTo(new ConfirmationCheck.Required());
    }

    @Test
    void the_window_is_a_setting() {
        var shortPolicy = new ConfirmationPolicy(Duration.ofMinutes(1));

        assertThat(shortPolicy.check(CONFIRMED, CONFIRMED.plusSeconds(59)))
                .isEqualTo(new ConfirmationCheck.Confirmed(CONFIRMED.plusSeconds(60)));
        assertThat(shortPolicy.check(CONFIRMED, CONFIRMED.plusSeconds(60))).isEqualTo(new ConfirmationCheck.Required());
    }

    @Test
    void a_window_must_be_positive() {
        assertThatThrownBy(() -> new ConfirmationPolicy(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConfirmationPolicy(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
