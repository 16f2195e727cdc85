package app.journal.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionPolicyTest {

    private static final Duration IDLE = Duration.ofDays(7);
    private static final Duration ABSOLUTE = Duration.ofDays(30);
    private static final Duration GRACE = Duration.ofSeconds(30);
    private static final Duration BROWSER = Duration.ofHours(12);

    @Test
    void a_sensible_policy_is_accepted_as_given() {
        var policy = new SessionPolicy(IDLE, ABSOLUTE, GRACE, BROWSER);

        assertThat(policy.idleTimeout()).isEqualTo(IDLE);
        assertThat(policy.absoluteLifetime()).isEqualTo(ABSOLUTE);
        assertThat(policy.reuseGrace()).isEqualTo(GRACE);
        assertThat(policy.browserSessionLifetime()).isEqualTo(BROWSER);
    }

    @Test
    void the_lifetime_of_a_session_depends_on_whether_it_is_kept_past_the_browser() {
        var policy = new SessionPolicy(IDLE, ABSOLUTE, GRACE, BROWSER);

        assertThat(policy.lifetimeOf(SessionPersistence.PERSISTENT)).isEqualTo(ABSOLUTE);
        assertThat(policy.lifetimeOf(SessionPersistence.BROWSER_SESSION)).isEqualTo(BROWSER);
    }

    @Test
    void a_browser_session_lifetime_longer_than_the_absolute_lifetime_is_rejected() {
        assertThatThrownBy(() -> new SessionPolicy(IDLE, ABSOLUTE, GRACE, ABSOLUTE.plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("browserSessionLifetime");
    }

    @Test
    void zero_browser_session_lifetime_is_rejected() {
        assertThatThrownBy(() -> new SessionPolicy(IDLE, ABSOLUTE, GRACE, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("browserSessionLifetime");
    }

    @Test
    void an_idle_timeout_longer_than_the_browser_session_lifetime_is_allowed() {
        assertThatNoException().isThrownBy(() -> new SessionPolicy(IDLE, ABSOLUTE, GRACE, Duration.ofHours(1)));
    }

    @Test
    void zero_idle_timeout_is_rejected() {
        assertThatThrownBy(() -> new SessionPolicy(Duration.ZERO, ABSOLUTE, GRACE, BROWSER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("idleTimeout");
    }

    @Test
    void negative_idle_timeout_is_rejected() {
        assertThatThrownBy(() -> new SessionPolicy(Duration.ofSeconds(-1), ABSOLUTE, GRACE, BROWSER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("idleTimeout");
    }

    @Test
    void zero_absolute_lifetime_is_rejected() {
        assertThatThrownBy(() -> new SessionPolicy(IDLE, Duration.ZERO, GRACE, BROWSER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absoluteLifetime");
    }

    @Test
    void negative_absolute_lifetime_is_rejected() {
        assertThatThrownBy(() -> new SessionPolicy(IDLE, Duration.ofDays(-30), GRACE, BROWSER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absoluteLifetime");
    }

    @Test
    void negative_reuse_grace_is_rejected() {
        assertThatThrownBy(() -> new SessionPolicy(IDLE, ABSOLUTE, Duration.ofMillis(-1), BROWSER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reuseGrace");
    }

    @Test
    void zero_reuse_grace_is_allowed_and_means_no_grace() {
        assertThatNoException().isThrownBy(() -> new SessionPolicy(IDLE, ABSOLUTE, Duration.ZERO, BROWSER));
    }

    @Test
    void idle_timeout_longer_than_absolute_lifetime_is_rejected() {
        assertThatThrownBy(() -> new SessionPolicy(ABSOLUTE.plusNanos(1), ABSOLUTE, GRACE, BROWSER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("idleTimeout");
    }

    @Test
    void idle_timeout_equal_to_absolute_lifetime_is_allowed() {
        assertThatNoException().isThrownBy(() -> new SessionPolicy(ABSOLUTE, ABSOLUTE, GRACE, BROWSER));
    }

    @Test
    void missing_durations_are_rejected() {
        assertThatThrownBy(() -> new SessionPolicy(null, ABSOLUTE, GRACE, BROWSER)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new SessionPolicy(IDLE, null, GRACE, BROWSER)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new SessionPolicy(IDLE, ABSOLUTE, null, BROWSER)).isInstanceOf(NullPointerException.class);
    }
}
