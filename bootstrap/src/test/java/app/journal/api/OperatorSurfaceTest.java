package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The production default (journal.ops.public-metrics=false): the application port serves health
 * and the probes, not metrics, the build or the API description.
 */
@TestPropertySource(properties = {"journal.ops.public-metrics=false",
        "management.endpoint.health.group.readiness.show-components=always"})
class OperatorSurfaceTest extends ApiTestBase {

    @Test
    void metrics_info_and_the_api_description_are_not_on_the_application_port() {
        for (var path : new String[] {"/actuator/prometheus", "/actuator/info", "/actuator", "/v3/api-docs",
                "/v3/api-docs.yaml", "/actuator/env"}) {
            var response = get(path, null);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("jvm_", "openapi");
        }
        assertThat(get("/actuator/health/../prometheus", null).status()).as("no way round through health")
                .isIn(400, 404);
    }

    @Test
    void health_and_the_probes_stay_reachable_for_load_balancers() {
        assertThat(get("/actuator/health", null).status()).isEqualTo(200);
        assertThat(get("/actuator/health/liveness", null).status()).isEqualTo(200);
        assertThat(get("/livez", null).status()).isEqualTo(200);
        assertThat(get("/readyz", null).status()).isEqualTo(200);
    }

    @Test
    void readiness_includes_the_database() {
        var readiness = get("/actuator/health/readiness", null);

        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("components").has("db")).as(readiness.body()).isTrue();
    }

    @Test
    void every_answer_carries_a_request_id_and_a_plain_one_from_the_caller_is_kept() throws Exception {
        assertThat(get("/actuator/health", null).header("X-Request-Id")).matches("[0-9a-f-]{36}");
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/entries"))
                .header("X-Request-Id", "lb-4711.abc").build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).headers().firstValue("X-Request-Id"))
                .contains("lb-4711.abc");
        var hostile = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/entries"))
                .header("X-Request-Id", "x\" injected=1 {").build();
        assertThat(http.send(hostile, HttpResponse.BodyHandlers.ofString()).headers().firstValue("X-Request-Id").orElseThrow())
                .doesNotContain("injected");
    }
}
