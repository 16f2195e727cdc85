package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Trusted proxies as ranges: the test's loopback peer is inside 127.0.0.0/8, so X-Forwarded-For counts. */
@TestPropertySource(properties = {
        "journal.http.trusted-proxies=127.0.0.0/8,::1/128,fd00::/8",
        "journal.rate-limits.register-per-client.limit=2",
        "journal.rate-limits.register-per-client.window=10m"})
class TrustedProxyRangesApiTest extends AccountsApiTestBase {

    @Test
    void a_proxy_inside_a_trusted_range_forwards_each_visitor_with_a_budget_of_its_own() {
        assertThat(registerAs("2001:db8::7")).isEqualTo(202);
        assertThat(registerAs("2001:DB8:0:0:0:0:0:7")).as("the same address, spelt otherwise").isEqualTo(202);

        assertThat(registerAs("2001:db8::7")).as("third from one visitor").isEqualTo(429);
        assertThat(registerAs("203.0.113.9")).as("another visitor").isEqualTo(202);
    }

    private int registerAs(String visitor) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/auth/register"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", visitor)
                .POST(HttpRequest.BodyPublishers.ofString(json(Map.of("email", uniqueEmail(), "password", PASSWORD))))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).join().statusCode();
    }
}
