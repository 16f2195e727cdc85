package app.journal.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.application.port.out.CodeDigests;
import org.junit.jupiter.api.Test;

/** What every {@link CodeDigests} does; run against the fake and the HMAC adapter. */
public abstract class CodeDigestsContract {

    protected abstract CodeDigests digests();

    @Test
    void a_digest_is_64_lower_case_hex_characters_and_the_same_each_time() {
        var digests = digests();

        assertThat(digests.digest("abcdefghjkmn")).matches("[0-9a-f]{64}").isEqualTo(digests.digest("abcdefghjkmn"));
    }

    @Test
    void different_codes_have_different_digests() {
        var digests = digests();

        assertThat(digests.digest("abcdefghjkmn")).isNotEqualTo(digests.digest("abcdefghjkmp"));
    }

    @Test
    void a_code_matches_its_own_digest_only() {
        var digests = digests();
        var stored = digests.digest("abcdefghjkmn");

        assertThat(digests.matches("abcdefghjkmn", stored)).isTrue();
        assertThat(digests.matches("abcdefghjkmp", stored)).isFalse();
        assertThat(digests.matches("abcdefghjkmn", "")).isFalse();
    }
}
