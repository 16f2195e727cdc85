package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = {
        "journal.rate-limits.login-per-account.limit=3",
        "journal.rate-limits.login-per-account.window=10m",
        "journal.rate-limits.register-per-client.limit=2",
        "journal.rate-limits.register-per-client.window=10m"})
class RateLimitApiTest extends AccountsApiTestBase {

    @Test
    void too_many_logins_for_one_account_get_a_generic_429_with_retry_after() {
        var email = uniqueEmail();
        for (int i = 0; i < 3; i++) {
            assertThat(logIn(email, "wrong password number " + i).status()).isEqualTo(401);
        }

        var limited = logIn(email, PASSWORD);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.json().get("type").asString()).isEqualTo("urn:journal:problem:too-many-requests");
        assertThat(limited.body()).doesNotContain(email);
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 600L);
    }

    @Test
    void too_many_registrations_from_one_client_get_a_429() {
        assertThat(register(uniqueEmail(), PASSWORD).status()).isEqualTo(202);
        assertThat(register(uniqueEmail(), PASSWORD).status()).isEqualTo(202);

        var limited = register(uniqueEmail(), PASSWORD);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isNotBlank();
    }

    @Test
    void visitors_forwarded_by_the_web_ui_have_budgets_of_their_own() {
        for (int i = 0; i < 2; i++) {
            assertThat(registerAs("198.51.100.1").statusCode()).isEqualTo(202);
        }

        assertThat(registerAs("198.51.100.1").statusCode()).isEqualTo(429);
        assertThat(registerAs("198.51.100.2").statusCode()).as("another visitor").isEqualTo(202);
    }

    private java.net.http.HttpResponse<String> registerAs(String visitor) {
        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/auth/register"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", visitor)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        json(java.util.Map.of("email", uniqueEmail(), "password", PASSWORD))))
                .build();
        return http.sendAsync(request, java.net.http.HttpResponse.BodyHandlers.ofString()).join();
    }
}
