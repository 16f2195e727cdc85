package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** A public base URL with https: HSTS on every answer, even over plain http to the node behind the proxy. */
@TestPropertySource(properties = "journal.public-base-url=https://journal.example")
class SecurityHeadersHttpsTest extends ApiTestBase {

    @Test
    void hsts_on_pages_api_routes_and_errors() {
        for (var path : new String[] {"/login", "/.well-known/jwks.json", "/api/no-such-route"}) {
            assertThat(get(path, null).headers().allValues("Strict-Transport-Security")).as(path)
                    .containsExactly("max-age=31536000");
        }
    }
}
