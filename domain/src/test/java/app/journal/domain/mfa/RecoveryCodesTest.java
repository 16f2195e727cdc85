package app.journal.domain.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecoveryCodesTest {

    @Test
    void ten_codes_grouped_in_fours_from_the_alphabet() {
        var codes = RecoveryCodes.generate(new SecureRandom());

        assertThat(codes).hasSize(RecoveryCodes.COUNT).hasSize(10).doesNotHaveDuplicates();
        assertThat(codes).allSatisfy(code -> assertThat(code).matches("[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){2}"));
    }

    @Test
    void the_alphabet_is_32_symbols_without_look_alikes_so_each_code_holds_60_bits() {
        assertThat(RecoveryCodes.ALPHABET).hasSize(32).doesNotContain("i", "l", "o", "u");
        assertThat(RecoveryCodes.ALPHABET.chars().distinct().count()).isEqualTo(32);
        assertThat(RecoveryCodes.BITS).isEqualTo(RecoveryCodes.LENGTH * 5).isGreaterThanOrEqualTo(60);
    }

    @Test
    void every_symbol_of_the_alphabet_turns_up() {
        var seen = new HashSet<Character>();
        var random = new SecureRandom();
        for (int i = 0; i < 20 && seen.size() < 32; i++) {
            RecoveryCodes.generate(random).forEach(c -> c.replace("-", "").chars().forEach(ch -> seen.add((char) ch)));
        }

        assertThat(seen).hasSize(32);
    }

    @Test
    void a_random_source_that_repeats_a_code_still_gives_ten_distinct_codes() {
        var repeating = new SecureRandom() {
            private final Random replay = new Random(1);
            private int calls;

            @Override
            public int nextInt(int bound) {
                if (calls++ == RecoveryCodes.LENGTH) {
                    replay.setSeed(1); // the second code comes out the same as the first
                }
                return replay.nextInt(bound);
            }
        };

        assertThat(RecoveryCodes.generate(repeating)).hasSize(10).doesNotHaveDuplicates();
        assertThat(repeating.calls).isEqualTo(11 * RecoveryCodes.LENGTH);
    }

    @Test
    void a_generated_code_normalises_to_itself_without_hyphens() {
        for (var code : RecoveryCodes.generate(new SecureRandom())) {
            assertThat(RecoveryCodes.normalise(code)).contains(code.replace("-", ""));
            assertThat(RecoveryCodes.format(code.replace("-", ""))).isEqualTo(code);
        }
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "abcd-efgh-jkmn          | abcdefghjkmn",
        "  ABCD-EFGH-JKMN  \t    | abcdefghjkmn",
        "abcd efgh jkmn          | abcdefghjkmn",
        "abcdefghjkmn            | abcdefghjkmn",
        "a-b-c-d-e-f-g-h-j-k-m-n | abcdefghjkmn",
        "oOiI-lL00-1111          | 00111100" + "1111",
    })
    void typed_codes_normalise_to_the_canonical_form(String typed, String canonical) {
        assertThat(RecoveryCodes.normalise(typed)).contains(canonical);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "abcd-efgh-jkm", "abcd-efgh-jkmnp", "abcd-efgh-jkmu", "abcd_efgh_jkmn",
        "abcd-efgh-jkm!", "abcd-efgh-jkmñ", "abcd-efgh-jkmn-abcd-efgh-jkmn-abcd-efgh-jkmn-abcd-efgh-jkmn-abcd"})
    void anything_else_does_not_normalise(String typed) {
        assertThat(RecoveryCodes.normalise(typed)).isEmpty();
    }

    @Test
    void only_canonical_codes_are_formatted() {
        assertThatThrownBy(() -> RecoveryCodes.format("abcd-efgh-jkmn")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecoveryCodes.format("ABCDEFGHJKMN")).isInstanceOf(IllegalArgumentException.class);
    }
}
