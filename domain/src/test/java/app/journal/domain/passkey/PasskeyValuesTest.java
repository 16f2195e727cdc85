package app.journal.domain.passkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasskeyValuesTest {

    @Test
    void a_credential_id_reads_back_its_base64url_and_is_equal_by_content() {
        var id = CredentialId.fromBase64Url("AQIDBA");
        assertThat(id.bytes()).containsExactly(1, 2, 3, 4);
        assertThat(id.base64Url()).isEqualTo("AQIDBA");
        assertThat(id).isEqualTo(CredentialId.of(new byte[] {1, 2, 3, 4})).hasSameHashCodeAs(CredentialId.of(new byte[] {1, 2, 3, 4}));
        assertThat(id).isNotEqualTo(CredentialId.of(new byte[] {1, 2, 3, 5}));
        assertThat(id).as("a user handle with the same bytes is another thing").isNotEqualTo(UserHandle.of(new byte[] {1, 2, 3, 4}));
    }

    @Test
    void the_bytes_handed_out_are_a_copy() {
        var id = CredentialId.of(new byte[] {7});
        id.bytes()[0] = 9;
        assertThat(id.bytes()).containsExactly(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "!!", "AQID BA", "AQ+D", "A"})
    void what_is_not_base64url_is_refused(String text) {
        assertThatThrownBy(() -> CredentialId.fromBase64Url(text)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void webauthn_length_limits_hold() {
        assertThat(CredentialId.of(new byte[CredentialId.MAX_BYTES]).bytes()).hasSize(1023);
        assertThatThrownBy(() -> CredentialId.of(new byte[CredentialId.MAX_BYTES + 1])).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> UserHandle.of(new byte[UserHandle.MAX_BYTES + 1])).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> UserHandle.of(new byte[0])).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_user_handle_is_32_random_bytes() {
        assertThat(UserHandle.random().bytes()).hasSize(32);
        assertThat(UserHandle.random()).isNotEqualTo(UserHandle.random());
    }

    @ParameterizedTest
    @CsvSource({"0,0,true", "0,1,true", "5,6,true", "5,5,false", "5,4,false", "5,0,false", "0,7,true"})
    void a_counter_that_does_not_move_forward_is_refused(long stored, long presented, boolean acceptable) {
        assertThat(SignatureCount.acceptable(stored, presented)).isEqualTo(acceptable);
    }

    @Test
    void a_name_is_trimmed_and_bounded() {
        assertThat(new PasskeyName("  Laptop  ").value()).isEqualTo("Laptop");
        assertThatThrownBy(() -> new PasskeyName("   ")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new PasskeyName("x".repeat(65))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new PasskeyName("a\u0000b")).isInstanceOf(InvalidValueException.class);
        assertThat(new PasskeyName("🔑".repeat(64)).value()).hasSize(128);
    }
}
