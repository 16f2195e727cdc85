package app.journal.application.service.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.application.service.AccountSettings.Rule;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TwoStepSettingsTest {

    private static final Rule CODES = new Rule(10, Duration.ofMinutes(15));
    private static final Rule ALERT = new Rule(3, Duration.ofHours(1));

    @Test
    void a_pending_second_step_lasts_five_minutes_and_takes_five_wrong_codes_by_default() {
        var defaults = TwoStepSettings.defaults();

        assertThat(defaults.secondStepTtl()).isEqualTo(Duration.ofMinutes(5));
        assertThat(defaults.maxWrongCodes()).isEqualTo(5);
    }

    @Test
    void the_issues_other_defaults() {
        var defaults = TwoStepSettings.defaults();

        assertThat(defaults.issuer()).isEqualTo("Journal");
        assertThat(defaults.codesPerAccount()).isEqualTo(CODES);
        assertThat(defaults.alertAfter()).isEqualTo(ALERT);
        assertThat(defaults.trustTtl()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void a_confirmation_lasts_ten_minutes_by_default() {
        assertThat(TwoStepSettings.defaults().confirmationWindow()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void nonsense_is_refused() {
        assertThatThrownBy(() -> new TwoStepSettings("Journal", Duration.ZERO, 5, CODES, ALERT, Duration.ofDays(30),
                Duration.ofMinutes(10))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TwoStepSettings("Journal", Duration.ofMinutes(5), 0, CODES, ALERT,
                Duration.ofDays(30), Duration.ofMinutes(10))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TwoStepSettings("Journal", Duration.ofMinutes(5), 5, CODES, ALERT,
                Duration.ofDays(30), Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
