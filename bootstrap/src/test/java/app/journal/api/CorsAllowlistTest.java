package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "journal.cors.allowed-origins=https://app.journal.example")
class CorsAllowlistTest extends ApiTestBase {

    @Test
    void a_configured_origin_is_allowed_without_credentials_and_others_are_not() {
        var allowed = preflight("https://app.journal.example");
        var other = preflight("https://evil.example");

        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.journal.example");
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(other.statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> preflight(String origin) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/entries"))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .header("Origin", origin)
                        .header("Access-Control-Request-Method", "POST").build(),
                HttpResponse.BodyHandlers.ofString()).join();
    }
}
