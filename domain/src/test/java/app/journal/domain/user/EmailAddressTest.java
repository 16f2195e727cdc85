package app.journal.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.domain.InvalidValueException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void address_is_trimmed_and_lower_cased() {
        assertThat(new EmailAddress("  Ada.Lovelace@Example.ORG \t").value()).isEqualTo("ada.lovelace@example.org");
    }

    @Test
    void two_spellings_of_one_address_are_one_value() {
        assertThat(new EmailAddress(" Ada@Example.ORG ")).isEqualTo(new EmailAddress("ada@example.org"));
    }

    @Test
    void to_string_is_the_normalised_address() {
        assertThat(new EmailAddress("Ada@Example.org")).hasToString("ada@example.org");
    }

    @Test
    @SuppressWarnings("deprecation") // new Locale("tr"): the way most code in the wild sets it
    void lower_casing_ignores_a_turkish_default_locale() {
        // With a Turkish default, "I".toLowerCase() is dotless "ı": "admın@example.com".
        var original = Locale.getDefault();
        try {
            Locale.setDefault(new Locale("tr"));
            assertThat(new EmailAddress("ADMIN@EXAMPLE.COM").value()).isEqualTo("admin@example.com");
        } finally {
            Locale.setDefault(original);
        }
    }

    @Test
    void longest_local_part_and_longest_address_are_accepted() {
        var local = "a".repeat(64);
        // 63 + 1 + 63 + 1 + 57 + 1 + 3 = 189; 64 + 1 + 189 = 254 characters in all.
        var domain = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(57) + ".com";
        var address = local + "@" + domain;
        assertThat(address).hasSize(EmailAddress.MAX_LENGTH);

        assertThat(new EmailAddress(address).value()).isEqualTo(address);
    }

    @Test
    void address_one_character_over_the_maximum_is_rejected() {
        var address = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(58) + ".com";
        assertThat(address).hasSize(EmailAddress.MAX_LENGTH + 1);

        assertThatThrownBy(() -> new EmailAddress(address))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void local_part_longer_than_64_characters_is_rejected() {
        assertThatThrownBy(() -> new EmailAddress("a".repeat(65) + "@example.com"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "   ",
        "plainaddress",
        "@example.com",
        "ada@",
        "ada@example",
        "ada@@example.com",
        "ada@exam@ple.com",
        "ada lovelace@example.com",
        "ada@exa mple.com",
        "ada@example..com",
        "ada@.example.com",
        "ada@-example.com",
        "ada@example-.com",
        "ada@example.c",
        "ada@example.com.",
        "ada@exa_mple.com"
    })
    void malformed_addresses_are_rejected_as_field_email(String raw) {
        assertThatThrownBy(() -> new EmailAddress(raw))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }
}
