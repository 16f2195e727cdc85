package app.journal.adapter.rest.auth.transport;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.adapter.rest.token.TokenKeys;
import app.journal.domain.session.SessionId;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class CsrfTokensTest {

    private static final TokenKeys KEYS = TokenKeys.generate();
    private static final SessionId SID = new SessionId(UUID.fromString("11111111-1111-4111-8111-111111111111"));

    private final CsrfTokens csrf = new CsrfTokens(KEYS.hmac());

    @Test
    void a_token_is_43_base64url_characters_and_never_a_jwt() {
        var token = csrf.tokenFor(SID);

        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]{43}").doesNotStartWith("eyJ").doesNotContain(".");
    }

    @Test
    void the_token_of_a_session_is_stable_and_matches_only_that_session() {
        var other = SessionId.random();

        assertThat(csrf.tokenFor(SID)).isEqualTo(csrf.tokenFor(SID));
        assertThat(csrf.tokenFor(other)).isNotEqualTo(csrf.tokenFor(SID));
        assertThat(csrf.matches(SID, csrf.tokenFor(SID))).isTrue();
        assertThat(csrf.matches(SID, csrf.tokenFor(other))).as("another session's token").isFalse();
    }

    @Test
    void forged_truncated_padded_and_missing_tokens_do_not_match() {
        var token = csrf.tokenFor(SID);
        var flipped = token.substring(0, 42) + (token.charAt(42) == 'A' ? 'B' : 'A');

        assertThat(csrf.matches(SID, flipped)).isFalse();
        assertThat(csrf.matches(SID, token.substring(0, 42))).isFalse();
        assertThat(csrf.matches(SID, token + "=")).isFalse();
        assertThat(csrf.matches(SID, "")).isFalse();
        assertThat(csrf.matches(SID, null)).isFalse();
    }

    @Test
    void another_secret_makes_other_tokens() {
        var otherServer = new CsrfTokens(TokenKeys.generate().hmac());

        assertThat(otherServer.tokenFor(SID)).isNotEqualTo(csrf.tokenFor(SID));
        assertThat(otherServer.matches(SID, csrf.tokenFor(SID))).isFalse();
    }

    @Test
    void the_key_is_derived_with_its_own_label_not_the_token_secret_itself() throws Exception {
        var undomained = Mac.getInstance("HmacSHA256");
        undomained.init(KEYS.hmac());
        var withTheRawSecret = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(undomained.doFinal(SID.toString().getBytes(StandardCharsets.US_ASCII)));

        var derived = Mac.getInstance("HmacSHA256");
        derived.init(KEYS.hmac());
        var key = new SecretKeySpec(derived.doFinal("journal-csrf".getBytes(StandardCharsets.US_ASCII)), "HmacSHA256");
        var expected = Mac.getInstance("HmacSHA256");
        expected.init(key);
        var specified = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(expected.doFinal(SID.toString().getBytes(StandardCharsets.US_ASCII)));

        assertThat(csrf.tokenFor(SID)).isNotEqualTo(withTheRawSecret).isEqualTo(specified);
    }

    @Test
    void to_string_shows_no_key() {
        assertThat(csrf.toString()).doesNotContain(KEYS.hmacBase64());
    }
}
