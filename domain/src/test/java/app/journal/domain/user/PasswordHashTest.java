package app.journal.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    private static final String ENCODED = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG";

    @Test
    void to_string_never_reveals_the_hash() {
        var text = new PasswordHash(ENCODED).toString();

        assertThat(text).doesNotContain(ENCODED).doesNotContain("argon2id").doesNotContain("RdescudvJCsgt3ub");
        assertThat(text).contains("redacted");
    }

    @Test
    void the_hash_itself_is_still_available_to_whoever_verifies_passwords() {
        assertThat(new PasswordHash(ENCODED).value()).isEqualTo(ENCODED);
    }

    @Test
    void a_blank_hash_is_rejected() {
        assertThatThrownBy(() -> new PasswordHash("  ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_missing_hash_is_rejected() {
        assertThatThrownBy(() -> new PasswordHash(null)).isInstanceOf(NullPointerException.class);
    }
}
