package app.journal.domain.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EntryTitleTest {

    /** One code point, two Java chars (a surrogate pair). */
    private static final String EMOJI = "\uD83D\uDE00";

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "   ", "\t", "\n \r\n", "\u2003"})
    void blank_title_is_rejected_as_field_title(String raw) {
        assertThatThrownBy(() -> new EntryTitle(raw))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("title"));
    }

    @Test
    void title_is_stripped_of_surrounding_whitespace() {
        assertThat(new EntryTitle("  \tA quiet morning \n").value()).isEqualTo("A quiet morning");
    }

    @Test
    void inner_whitespace_is_kept() {
        assertThat(new EntryTitle("A  quiet\tmorning").value()).isEqualTo("A  quiet\tmorning");
    }

    @Test
    void title_of_200_characters_is_accepted() {
        var raw = "x".repeat(EntryTitle.MAX_CODE_POINTS);

        assertThat(new EntryTitle(raw).value()).isEqualTo(raw);
    }

    @Test
    void title_of_201_characters_is_rejected_as_field_title() {
        assertThatThrownBy(() -> new EntryTitle("x".repeat(EntryTitle.MAX_CODE_POINTS + 1)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("title"));
    }

    @Test
    void surrounding_whitespace_does_not_count_towards_the_limit() {
        var raw = "   " + "x".repeat(EntryTitle.MAX_CODE_POINTS) + "   ";

        assertThat(new EntryTitle(raw).value()).hasSize(EntryTitle.MAX_CODE_POINTS);
    }

    @Test
    void an_emoji_counts_as_one_character_so_200_emoji_are_accepted() {
        var raw = EMOJI.repeat(EntryTitle.MAX_CODE_POINTS);
        assertThat(raw).hasSize(2 * EntryTitle.MAX_CODE_POINTS);

        assertThat(new EntryTitle(raw).value()).isEqualTo(raw);
    }

    @Test
    void title_of_201_emoji_is_rejected() {
        assertThatThrownBy(() -> new EntryTitle(EMOJI.repeat(EntryTitle.MAX_CODE_POINTS + 1)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void title_of_199_letters_and_one_emoji_is_accepted() {
        var raw = "x".repeat(EntryTitle.MAX_CODE_POINTS - 1) + EMOJI;

        assertThat(new EntryTitle(raw).value()).isEqualTo(raw);
    }

    @Test
    void a_nul_character_is_rejected_because_postgresql_text_cannot_hold_it() {
        assertThatThrownBy(() -> new EntryTitle("a\u0000b"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("title"));
    }
}
