package app.journal.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class Argon2SettingsTest {

    @Test
    void defaults_are_owasp_argon2id_with_one_slot_per_processor() {
        var defaults = Argon2Settings.defaults();

        assertThat(defaults.memoryKiB()).isEqualTo(19_456);
        assertThat(defaults.iterations()).isEqualTo(2);
        assertThat(defaults.parallelism()).isEqualTo(1);
        assertThat(defaults.hashLength()).isEqualTo(32);
        assertThat(defaults.saltLength()).isEqualTo(16);
        assertThat(defaults.maxConcurrent()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(defaults.acquireTimeout()).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void nonsense_costs_and_bounds_are_refused() {
        var defaults = Argon2Settings.defaults();

        assertThatThrownBy(() -> defaults.withCost(7, 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withCost(19_456, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withCost(19_456, 2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withCost((1 << 20) + 1, 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withConcurrency(0, Duration.ofMillis(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withConcurrency(1, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2Settings(19_456, 2, 1, 32, 4, 1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
