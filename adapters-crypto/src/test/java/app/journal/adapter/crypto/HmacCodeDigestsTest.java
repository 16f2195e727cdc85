package app.journal.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class HmacCodeDigestsTest {

    private static final String CODE = "abcdefghjkmn";
    private final MfaKey key = MfaKey.of(AesGcmSecretSealerTest.random(32));
    private final HmacCodeDigests digests = new HmacCodeDigests(key);

    @Test
    void a_digest_is_64_lower_case_hex_characters_and_the_same_each_time() {
        assertThat(digests.digest(CODE)).matches("[0-9a-f]{64}").isEqualTo(digests.digest(CODE));
        assertThat(new HmacCodeDigests(key).digest(CODE)).isEqualTo(digests.digest(CODE));
    }

    @Test
    void different_codes_have_different_digests() {
        assertThat(digests.digest(CODE)).isNotEqualTo(digests.digest("abcdefghjkmp"));
    }

    @Test
    void the_digest_depends_on_the_key_so_the_table_alone_cannot_be_searched() throws Exception {
        var plain = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(CODE.getBytes(StandardCharsets.UTF_8)));

        assertThat(digests.digest(CODE))
                .isNotEqualTo(new HmacCodeDigests(MfaKey.of(AesGcmSecretSealerTest.random(32))).digest(CODE))
                .isNotEqualTo(plain);
    }

    @Test
    void matches_only_the_code_with_that_digest() {
        var stored = digests.digest(CODE);

        assertThat(digests.matches(CODE, stored)).isTrue();
        assertThat(digests.matches("abcdefghjkmp", stored)).isFalse();
        assertThat(digests.matches(CODE, stored.toUpperCase())).isFalse();
        assertThat(digests.matches(CODE, "")).isFalse();
    }
}
