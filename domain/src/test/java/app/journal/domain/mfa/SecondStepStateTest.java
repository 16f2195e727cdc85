package app.journal.domain.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SecondStepStateTest {

    private static final Instant START = Instant.parse("2026-12-05T07:00:00Z");
    private static final Instant EXPIRES_AT = START.plus(Duration.ofMinutes(5));
    private static final int MAX = 5;

    @Test
    void open_until_the_last_instant_before_expiry() {
        assertThat(SecondStepState.of(EXPIRES_AT, 0, START, MAX)).isEqualTo(new SecondStepState.Open(5));
        assertThat(SecondStepState.of(EXPIRES_AT, 0, EXPIRES_AT.minusNanos(1), MAX))
                .isEqualTo(new SecondStepState.Open(5));
    }

    @Test
    void expired_at_the_expiry_instant() {
        assertThat(SecondStepState.of(EXPIRES_AT, 0, EXPIRES_AT, MAX)).isEqualTo(new SecondStepState.Expired());
        assertThat(SecondStepState.of(EXPIRES_AT, 0, EXPIRES_AT.plusSeconds(1), MAX))
                .isEqualTo(new SecondStepState.Expired());
    }

    @Test
    void each_wrong_code_leaves_one_attempt_fewer_and_the_last_one_exhausts_it() {
        for (int failed = 0; failed < MAX; failed++) {
            assertThat(SecondStepState.of(EXPIRES_AT, failed, START, MAX))
                    .isEqualTo(new SecondStepState.Open(MAX - failed));
        }

        assertThat(SecondStepState.of(EXPIRES_AT, MAX, START, MAX)).isEqualTo(new SecondStepState.Exhausted());
        assertThat(SecondStepState.of(EXPIRES_AT, MAX + 4, START, MAX)).isEqualTo(new SecondStepState.Exhausted());
    }

    @Test
    void expiry_is_decided_before_exhaustion() {
        assertThat(SecondStepState.of(EXPIRES_AT, 9, EXPIRES_AT, MAX)).isEqualTo(new SecondStepState.Expired());
    }

    @Test
    void nonsense_is_refused() {
        assertThatThrownBy(() -> SecondStepState.of(EXPIRES_AT, -1, START, MAX))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SecondStepState.of(EXPIRES_AT, 0, START, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
