package app.journal.domain.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.domain.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TotpSecretTest {

    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(value = {"'', ''", "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB",
        "foobar, MZXW6YTBOI"})
    void base32_matches_the_rfc_4648_test_vectors(String plain, String encoded) {
        var bytes = plain.getBytes(StandardCharsets.US_ASCII);

        assertThat(Base32.encode(bytes)).isEqualTo(encoded);
        assertThat(Base32.decode(encoded)).isEqualTo(bytes);
        assertThat(Base32.decode(encoded.toLowerCase() + "=".repeat((8 - encoded.length() % 8) % 8))).isEqualTo(bytes);
    }

    @Test
    void the_rfc_seed_has_its_well_known_base32_form() {
        assertThat(new TotpSecret(RFC_SEED).base32()).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    }

    @Test
    void a_random_secret_is_160_bits_and_survives_base32() {
        var secret = TotpSecret.random(new SecureRandom());

        assertThat(secret.bytes()).hasSize(20);
        assertThat(secret.base32()).hasSize(32).matches("[A-Z2-7]{32}");
        assertThat(TotpSecret.fromBase32(secret.base32())).isEqualTo(secret);
        assertThat(TotpSecret.fromBase32(secret.base32().toLowerCase())).isEqualTo(secret);
    }

    @Test
    void two_random_secrets_differ() {
        var random = new SecureRandom();

        assertThat(TotpSecret.random(random)).isNotEqualTo(TotpSecret.random(random));
    }

    @Test
    void the_bytes_given_out_are_a_copy() {
        var secret = new TotpSecret(RFC_SEED.clone());
        secret.bytes()[0] = 0;

        assertThat(secret.bytes()).isEqualTo(RFC_SEED);
    }

    @Test
    void changing_the_array_given_in_does_not_change_the_secret() {
        var given = RFC_SEED.clone();
        var secret = new TotpSecret(given);
        given[0] = 0;

        assertThat(secret.bytes()).isEqualTo(RFC_SEED);
    }

    @Test
    void to_string_never_prints_the_secret() {
        var secret = new TotpSecret(RFC_SEED);

        assertThat(secret.toString()).doesNotContain(secret.base32()).doesNotContain("1234").contains("redacted");
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 10, 19, 21, 32})
    void only_160_bits_are_a_secret(int length) {
        assertThatThrownBy(() -> new TotpSecret(new byte[length])).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "GEZDGNBVGY3TQOJQ", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ1", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGE"})
    void base32_that_is_not_a_secret_is_refused(String base32) {
        assertThatThrownBy(() -> TotpSecret.fromBase32(base32)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void the_otpauth_uri_follows_the_key_uri_format() {
        var uri = new TotpSecret(RFC_SEED).otpauthUri("Journal", "ada@example.org");

        assertThat(uri).isEqualTo("otpauth://totp/Journal:ada@example.org?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                + "&issuer=Journal&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void the_otpauth_uri_percent_encodes_issuer_and_account() {
        var uri = new TotpSecret(RFC_SEED).otpauthUri("Acme Journal & Co", "zoë+tag@example.org");

        assertThat(uri).startsWith("otpauth://totp/Acme%20Journal%20%26%20Co:zo%C3%AB%2Btag@example.org?")
                .contains("&issuer=Acme%20Journal%20%26%20Co&")
                .doesNotContain(" ").doesNotContain("+");
        assertThat(java.net.URI.create(uri).getPath()).isEqualTo("/Acme Journal & Co:zoë+tag@example.org");
    }

    @Test
    void issuer_or_account_with_a_colon_is_refused() {
        var secret = new TotpSecret(RFC_SEED);

        assertThatThrownBy(() -> secret.otpauthUri("Jour:nal", "ada")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> secret.otpauthUri("Journal", "a:da")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> secret.otpauthUri(" ", "ada")).isInstanceOf(InvalidValueException.class);
    }
}
