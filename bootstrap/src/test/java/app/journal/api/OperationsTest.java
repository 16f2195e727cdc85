package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OperationsTest extends ApiTestBase {

    @Test
    void health_is_up_with_the_database() {
        var response = get("/actuator/health", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheus_metrics_are_exposed() {
        var response = get("/actuator/prometheus", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void jwks_publishes_the_access_token_key_without_private_parts() {
        var response = get("/.well-known/jwks.json", null);

        assertThat(response.status()).isEqualTo(200);
        var key = response.json().get("keys").get(0);
        assertThat(key.get("kty").asString()).isEqualTo("EC");
        assertThat(key.get("alg").asString()).isEqualTo("ES256");
        assertThat(key.has("kid")).isTrue();
        assertThat(key.has("d")).as("private key material").isFalse();
    }
}
