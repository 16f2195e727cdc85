package app.journal.domain.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

class EntryBodyTest {

    /** One code point, two Java chars (a surrogate pair). */
    private static final String EMOJI = "\uD83D\uDE00";

    @Test
    void missing_body_becomes_empty() {
        assertThat(new EntryBody(null).value()).isEmpty();
    }

    @Test
    void empty_body_is_allowed() {
        assertThat(new EntryBody("").value()).isEmpty();
    }

    @Test
    void body_is_kept_exactly_as_written() {
        var raw = "  First line\n\n  indented second line\n";

        assertThat(new EntryBody(raw).value()).isEqualTo(raw);
    }

    @Test
    void body_of_100_000_characters_is_accepted() {
        var raw = "x".repeat(EntryBody.MAX_CODE_POINTS);

        assertThat(new EntryBody(raw).value()).hasSize(100_000);
    }

    @Test
    void body_of_100_001_characters_is_rejected_as_field_body() {
        assertThatThrownBy(() -> new EntryBody("x".repeat(EntryBody.MAX_CODE_POINTS + 1)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("body"));
    }

    @Test
    void body_of_100_000_emoji_is_accepted_because_an_emoji_is_one_character() {
        var raw = EMOJI.repeat(EntryBody.MAX_CODE_POINTS);
        assertThat(raw).hasSize(2 * EntryBody.MAX_CODE_POINTS);

        assertThat(new EntryBody(raw).value()).isEqualTo(raw);
    }

    @Test
    void body_of_100_001_emoji_is_rejected() {
        assertThatThrownBy(() -> new EntryBody(EMOJI.repeat(EntryBody.MAX_CODE_POINTS + 1)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("body"));
    }

    @Test
    void a_nul_character_is_rejected_because_postgresql_text_cannot_hold_it() {
        assertThatThrownBy(() -> new EntryBody("before\u0000after"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("body"));
    }
}
