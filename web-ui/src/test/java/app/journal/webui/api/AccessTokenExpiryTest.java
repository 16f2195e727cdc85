package app.journal.webui.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AccessTokenExpiryTest {

    private static String token(String payloadJson) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }

    @Test
    void reads_the_exp_claim_of_a_compact_jws() {
        assertThat(AccessTokenExpiry.of(token("{\"sub\":\"u\",\"exp\":1764979200}")))
                .contains(Instant.ofEpochSecond(1_764_979_200L));
    }

    @Test
    void anything_else_has_no_known_expiry() {
        assertThat(AccessTokenExpiry.of(token("{\"sub\":\"u\"}"))).isEmpty();
        assertThat(AccessTokenExpiry.of(token("{\"exp\":\"soon\"}"))).isEmpty();
        assertThat(AccessTokenExpiry.of(token("{\"exp\":1.5e9}"))).isEmpty();
        assertThat(AccessTokenExpiry.of(token("not json"))).isEmpty();
        assertThat(AccessTokenExpiry.of("a.%%%.c")).isEmpty();
        assertThat(AccessTokenExpiry.of("demo-token")).isEmpty();
        assertThat(AccessTokenExpiry.of("a.b.c.d")).isEmpty();
    }
}
