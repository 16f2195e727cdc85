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
    void request_metrics_are_recorded_without_spring_security_observations_unless_an_operator_asks() {
        assertThat(get("/.well-known/jwks.json", null).status()).isEqualTo(200);

        var metrics = get("/actuator/prometheus", null).body();

        // The dashboards and alerts (docs/ops) read http_server_requests_seconds_{count,bucket}.
        assertThat(metrics).contains("http_server_requests_seconds_count{")
                .contains("http_server_requests_seconds_bucket{").contains("uri=\"/.well-known/jwks.json\"");
        // journal.ops.security-observations is off: no filter-chain, authentication or authorisation timers.
        assertThat(metrics).doesNotContain("spring_security_");
    }

    @Test
    void info_shows_the_build() {
        var response = get("/actuator/info", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("build").get("artifact").asString()).isEqualTo("journal-bootstrap");
        assertThat(response.json().get("build").has("version")).isTrue();
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

    @Test
    void the_openapi_description_lists_the_endpoints_and_the_problem_shape() {
        var response = get("/v3/api-docs", null);

        assertThat(response.status()).isEqualTo(200);
        var doc = response.json();
        assertThat(doc.get("paths").has("/api/entries")).isTrue();
        assertThat(doc.get("paths").has("/api/auth/login")).isTrue();
        assertThat(doc.get("components").get("schemas").has("Problem")).isTrue();
        assertThat(doc.get("paths").get("/api/entries").get("post").get("responses").has("400")).isTrue();
    }

    @Test
    void cross_origin_calls_are_refused_unless_the_origin_is_configured() {
        var preflight = http.sendAsync(java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://localhost:" + port + "/api/entries"))
                        .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                        .header("Origin", "https://evil.example")
                        .header("Access-Control-Request-Method", "POST").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).join();

        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
