package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Issue 9's rate limits, lowered: each answers the generic 429 with Retry-After, known address or not. */
@TestPropertySource(properties = {
        "journal.rate-limits.forgot-per-account.limit=2", "journal.rate-limits.forgot-per-account.window=10m",
        "journal.rate-limits.reset-per-client.limit=3", "journal.rate-limits.reset-per-client.window=10m",
        "journal.rate-limits.reauth-per-account.limit=2", "journal.rate-limits.reauth-per-account.window=10m"})
class AccountLifecycleRateLimitApiTest extends AccountLifecycleApiTestBase {

    @Test
    void forgot_is_limited_per_address_for_unknown_addresses_too_with_the_generic_429() {
        var known = uniqueEmail();
        verifiedAndSignedIn(known, FIREFOX);
        var unknown = uniqueEmail();
        for (var email : java.util.List.of(known, unknown)) {
            assertThat(forgot(email).status()).isEqualTo(202);
            assertThat(forgot(email.toUpperCase()).status()).as("another spelling, the same address").isEqualTo(202);
        }

        var limitedKnown = forgot(known);
        var limitedUnknown = forgot(unknown);

        assertThat(limitedKnown.status()).isEqualTo(429);
        assertThat(limitedKnown.json().get("type").asString()).isEqualTo("urn:journal:problem:too-many-requests");
        assertThat(limitedKnown.header("Retry-After")).isNotBlank();
        assertThat(limitedKnown.header("Cache-Control")).isEqualTo("no-store");
        assertThat(limitedUnknown.status()).isEqualTo(429);
        assertThat(limitedUnknown.body()).isEqualTo(limitedKnown.body());
    }

    @Test
    void reset_attempts_are_limited_per_client() {
        for (int i = 0; i < 3; i++) {
            assertThat(reset("x".repeat(43), NEW_PASSWORD).status()).isEqualTo(400);
        }

        var limited = reset("x".repeat(43), NEW_PASSWORD);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.json().get("type").asString()).isEqualTo("urn:journal:problem:too-many-requests");
    }

    @Test
    void current_password_attempts_are_limited_per_account_even_with_the_right_password_after() {
        var firefox = verifiedAndSignedIn(uniqueEmail(), FIREFOX);
        for (int i = 0; i < 2; i++) {
            assertThat(post("/api/me/password", json(Map.of("currentPassword", "guess " + i, "newPassword",
                    NEW_PASSWORD)), access(firefox)).status()).isEqualTo(400);
        }

        var limited = post("/api/me/password", json(Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD)),
                access(firefox));

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isNotBlank();
        assertThat(logIn(firstEmail(firefox), PASSWORD).status()).as("the password is unchanged").isEqualTo(200);
    }

    private String firstEmail(tools.jackson.databind.JsonNode pair) {
        return get("/api/me", access(pair)).json().get("email").asString();
    }
}
