package app.journal.domain.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PendingSignInTest {

    private static final Instant START = Instant.parse("2026-12-05T07:00:00Z");
    private static final SecondStepPolicy POLICY = SecondStepPolicy.defaults();

    private final PendingSignIn pending = POLICY.start(UUID.randomUUID(), UserId.random(), START);

    @Test
    void the_defaults_are_five_minutes_and_five_attempts() {
        assertThat(POLICY.ttl()).isEqualTo(Duration.ofMinutes(5));
        assertThat(POLICY.maxAttempts()).isEqualTo(5);
        assertThat(pending.createdAt()).isEqualTo(START);
        assertThat(pending.expiresAt()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        assertThat(pending.failedAttempts()).isZero();
    }

    @Test
    void open_until_the_last_instant_before_expiry() {
        assertThat(pending.stateAt(START, POLICY)).isEqualTo(new SecondStepState.Open(5));
        assertThat(pending.stateAt(pending.expiresAt().minusNanos(1), 5)).isEqualTo(new SecondStepState.Open(5));
    }

    @Test
    void expired_at_the_expiry_instant() {
        assertThat(pending.stateAt(pending.expiresAt(), 5)).isEqualTo(new SecondStepState.Expired());
        assertThat(pending.stateAt(pending.expiresAt().plusSeconds(1), 5)).isEqualTo(new SecondStepState.Expired());
    }

    @Test
    void each_wrong_code_leaves_one_attempt_fewer_and_the_last_one_exhausts_it() {
        var p = pending;
        for (int left = 5; left >= 1; left--) {
            assertThat(p.stateAt(START, 5)).isEqualTo(new SecondStepState.Open(left));
            p = p.withFailedAttempt();
        }

        assertThat(p.failedAttempts()).isEqualTo(5);
        assertThat(p.stateAt(START, 5)).isEqualTo(new SecondStepState.Exhausted());
    }

    @Test
    void expiry_is_decided_before_exhaustion() {
        var exhausted = new PendingSignIn(pending.id(), pending.userId(), START, pending.expiresAt(), 9);

        assertThat(exhausted.stateAt(pending.expiresAt(), 5)).isEqualTo(new SecondStepState.Expired());
    }

    @Test
    void nonsense_is_refused() {
        var id = UUID.randomUUID();
        var user = UserId.random();

        assertThatThrownBy(() -> new PendingSignIn(id, user, START, START, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PendingSignIn(id, user, START, START.plusSeconds(1), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pending.stateAt(START, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecondStepPolicy(Duration.ZERO, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecondStepPolicy(Duration.ofMinutes(5), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
