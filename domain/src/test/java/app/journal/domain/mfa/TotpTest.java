package app.journal.domain.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TotpTest {

    private static final byte[] SEED_SHA1 = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final TotpSecret SECRET = new TotpSecret(SEED_SHA1);
    /** Some instant in the middle of a step. */
    private static final Instant NOW = Instant.ofEpochSecond(1_111_111_111L);
    private static final long STEP = Totp.stepAt(NOW);

    @ParameterizedTest(name = "RFC 6238 Appendix B: T={0} {1}")
    @CsvSource({
        "59,          HmacSHA1,   94287082",
        "59,          HmacSHA256, 46119246",
        "59,          HmacSHA512, 90693936",
        "1111111109,  HmacSHA1,   07081804",
        "1111111109,  HmacSHA256, 68084774",
        "1111111109,  HmacSHA512, 25091201",
        "1111111111,  HmacSHA1,   14050471",
        "1111111111,  HmacSHA256, 67062674",
        "1111111111,  HmacSHA512, 99943326",
        "1234567890,  HmacSHA1,   89005924",
        "1234567890,  HmacSHA256, 91819424",
        "1234567890,  HmacSHA512, 93441116",
        "2000000000,  HmacSHA1,   69279037",
        "2000000000,  HmacSHA256, 90698825",
        "2000000000,  HmacSHA512, 38618901",
        "20000000000, HmacSHA1,   65353130",
        "20000000000, HmacSHA256, 77737706",
        "20000000000, HmacSHA512, 47863826",
    })
    void the_rfc_6238_test_vectors_pass(long unixTime, String algorithm, String expected) {
        var seed = switch (algorithm) {
            case "HmacSHA1" -> "12345678901234567890";
            case "HmacSHA256" -> "12345678901234567890123456789012";
            default -> "1234567890123456789012345678901234567890123456789012345678901234";
        };
        long step = Totp.stepAt(Instant.ofEpochSecond(unixTime));

        assertThat(Totp.codeAt(seed.getBytes(StandardCharsets.US_ASCII), step, 8, algorithm)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "RFC 4226 Appendix D: count {0}")
    @CsvSource({"0, 755224", "1, 287082", "2, 359152", "3, 969429", "4, 338314",
        "5, 254676", "6, 287922", "7, 162583", "8, 399871", "9, 520489"})
    void the_rfc_4226_hotp_values_pass(long counter, String expected) {
        assertThat(Totp.codeAt(SEED_SHA1, counter, 6, "HmacSHA1")).isEqualTo(expected);
        assertThat(Totp.codeAt(SECRET, counter)).isEqualTo(expected);
    }

    @Test
    void the_step_is_unix_time_over_thirty_seconds() {
        assertThat(Totp.stepAt(Instant.ofEpochSecond(59))).isEqualTo(1);
        assertThat(Totp.stepAt(Instant.ofEpochSecond(60))).isEqualTo(2);
        assertThat(Totp.stepAt(Instant.ofEpochSecond(29, 999_999_999))).isZero();
        assertThat(Totp.stepAt(Instant.ofEpochSecond(-1))).isEqualTo(-1);
    }

    @Test
    void codes_are_zero_padded_to_six_digits() {
        // RFC 6238's 07081804 at T=1111111109 ends in 081804 when cut to 6 digits;
        // find a step whose 6-digit code starts with 0 to prove the padding.
        long step = 0;
        while (!Totp.codeAt(SECRET, step).startsWith("0")) {
            step++;
        }
        assertThat(Totp.codeAt(SECRET, step)).hasSize(6).startsWith("0");
    }

    @ParameterizedTest(name = "offset {0}")
    @ValueSource(longs = {-1, 0, 1})
    void codes_of_the_steps_either_side_are_accepted(long offset) {
        var code = Totp.codeAt(SECRET, STEP + offset);

        assertThat(Totp.check(SECRET, code, NOW, Totp.NEVER_USED)).isEqualTo(new TotpCheck.Accepted(STEP + offset));
    }

    @ParameterizedTest(name = "offset {0}")
    @ValueSource(longs = {-2, 2})
    void codes_two_steps_away_are_wrong(long offset) {
        var code = Totp.codeAt(SECRET, STEP + offset);
        assumeDistinctFromWindow(code);

        assertThat(Totp.check(SECRET, code, NOW, Totp.NEVER_USED)).isEqualTo(new TotpCheck.Wrong());
    }

    @Test
    void a_code_of_another_secret_is_wrong() {
        var other = TotpSecret.random(new SecureRandom());
        var code = Totp.codeAt(other, STEP);
        assumeDistinctFromWindow(code);

        assertThat(Totp.check(SECRET, code, NOW, Totp.NEVER_USED)).isEqualTo(new TotpCheck.Wrong());
    }

    @Test
    void a_code_accepted_once_is_replayed_the_second_time() {
        var code = Totp.codeAt(SECRET, STEP);
        var first = (TotpCheck.Accepted) Totp.check(SECRET, code, NOW, Totp.NEVER_USED);

        assertThat(Totp.check(SECRET, code, NOW, first.step())).isEqualTo(new TotpCheck.Replayed());
    }

    @Test
    void a_code_older_than_the_last_used_step_is_replayed() {
        var previous = Totp.codeAt(SECRET, STEP - 1);

        assertThat(Totp.check(SECRET, previous, NOW, STEP)).isEqualTo(new TotpCheck.Replayed());
    }

    @Test
    void a_code_newer_than_the_last_used_step_is_accepted() {
        var next = Totp.codeAt(SECRET, STEP + 1);

        assertThat(Totp.check(SECRET, next, NOW, STEP)).isEqualTo(new TotpCheck.Accepted(STEP + 1));
    }

    @Test
    void minus_one_also_means_never_used() {
        var code = Totp.codeAt(SECRET, STEP);

        assertThat(Totp.check(SECRET, code, NOW, -1)).isEqualTo(new TotpCheck.Accepted(STEP));
    }

    @Test
    void spaces_and_hyphens_in_a_pasted_code_are_dropped() {
        var code = Totp.codeAt(SECRET, STEP);
        var spaced = code.substring(0, 3) + " " + code.substring(3);
        var hyphened = " " + code.substring(0, 3) + "-" + code.substring(3) + "\t";
        var nbsp = code.substring(0, 3) + "\u00a0" + code.substring(3);

        assertThat(Totp.check(SECRET, spaced, NOW, Totp.NEVER_USED)).isInstanceOf(TotpCheck.Accepted.class);
        assertThat(Totp.check(SECRET, hyphened, NOW, Totp.NEVER_USED)).isInstanceOf(TotpCheck.Accepted.class);
        assertThat(Totp.check(SECRET, nbsp, NOW, Totp.NEVER_USED)).isInstanceOf(TotpCheck.Accepted.class);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   ", "12345", "1234567", "12345a", "abcdef", "١٢٣٤٥٦", "123.456", "+12345",
        "１２３４５６", "12345678901234567890123456789012345678901234567890123456789012345"})
    void anything_but_six_ascii_digits_is_malformed(String input) {
        assertThat(Totp.check(SECRET, input, NOW, Totp.NEVER_USED)).isEqualTo(new TotpCheck.Malformed());
    }

    @Test
    void the_product_code_has_the_product_shape() {
        assertThat(Totp.DIGITS).isEqualTo(6);
        assertThat(Totp.PERIOD).hasSeconds(30);
        assertThat(Totp.WINDOW).isEqualTo(1);
    }

    /** Two different steps can share a 6-digit code (one in a million); such a test would prove nothing. */
    private static void assumeDistinctFromWindow(String code) {
        for (long s = STEP - 1; s <= STEP + 1; s++) {
            org.junit.jupiter.api.Assumptions.assumeFalse(Totp.codeAt(SECRET, s).equals(code));
        }
    }
}
