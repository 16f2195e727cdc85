package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "journal.demo.enabled=false")
class DemoModeOffTest extends ApiTestBase {

    @Test
    void demo_session_is_not_found_when_demo_mode_is_off() {
        var response = post("/api/demo/session", null, null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:journal:problem:not-found");
    }
}
