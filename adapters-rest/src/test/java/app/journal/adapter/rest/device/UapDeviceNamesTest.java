package app.journal.adapter.rest.device;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UapDeviceNamesTest {

    private final UapDeviceNames names = new UapDeviceNames(100);

    @Test
    void common_agents_are_named_in_words() {
        assertThat(names.describe("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0"))
                .isEqualTo("Firefox on Windows");
        assertThat(names.describe("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")).isEqualTo("Safari on iPhone");
        assertThat(names.describe("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/126.0.0.0 Safari/537.36")).isEqualTo("Chrome on Linux");
    }

    @Test
    void absent_or_unreadable_agents_say_so_plainly() {
        assertThat(names.describe(null)).isEqualTo("Unknown device");
        assertThat(names.describe("  ")).isEqualTo("Unknown device");
        assertThat(names.describe("zzzz")).isEqualTo("Unknown device");
    }

    @Test
    void very_long_input_is_capped_and_still_answers() {
        assertThat(names.describe("Firefox/1 " + "x".repeat(100_000))).isNotBlank();
    }
}
