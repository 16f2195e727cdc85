package app.journal.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasskeySettingsTest {

    @Test
    void defaults_are_attestation_none_any_authenticator_five_minutes() {
        var settings = PasskeySettings.of("journal.example", "Journal", Set.of("https://journal.example"));

        assertThat(settings.attestation()).isEqualTo("none");
        assertThat(settings.allowedAaguids()).isEmpty();
        assertThat(settings.timeout()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void nonsense_is_refused_at_start_up() {
        Set<String> origins = Set.of("https://journal.example");
        assertThatIllegalArgumentException().isThrownBy(() -> PasskeySettings.of("", "Journal", origins));
        assertThatIllegalArgumentException().isThrownBy(() -> PasskeySettings.of("https://journal.example", "Journal", origins));
        assertThatIllegalArgumentException().isThrownBy(() -> PasskeySettings.of("journal.example", "Journal", Set.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new PasskeySettings("journal.example", "Journal", origins,
                "indirect", Set.of(), Duration.ofMinutes(5)));
        assertThatIllegalArgumentException().isThrownBy(() -> new PasskeySettings("journal.example", "Journal", origins,
                "none", Set.of(), Duration.ZERO));
    }
}
