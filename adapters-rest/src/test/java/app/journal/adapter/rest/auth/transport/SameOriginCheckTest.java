package app.journal.adapter.rest.auth.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class SameOriginCheckTest {

    private final SameOriginCheck check = new SameOriginCheck(
            List.of(URI.create("https://journal.example/"), URI.create("https://spa.example:8443")));

    @Test
    void fetch_metadata_same_origin_or_none_passes_and_every_other_site_fails() {
        assertThat(check.passes(request("same-origin", null))).isTrue();
        assertThat(check.passes(request("none", null))).isTrue();
        assertThat(check.passes(request("same-site", null))).isFalse();
        assertThat(check.passes(request("cross-site", null))).isFalse();
        assertThat(check.passes(request("cross-site", "https://journal.example")))
                .as("a trusted Origin does not overrule Fetch Metadata").isFalse();
    }

    @Test
    void without_fetch_metadata_the_origin_must_be_trusted() {
        assertThat(check.passes(request(null, "https://journal.example"))).isTrue();
        assertThat(check.passes(request(null, "HTTPS://Journal.Example:443"))).isTrue();
        assertThat(check.passes(request(null, "https://spa.example:8443"))).isTrue();
        assertThat(check.passes(request(null, "https://spa.example"))).as("other port").isFalse();
        assertThat(check.passes(request(null, "http://journal.example"))).as("other scheme").isFalse();
        assertThat(check.passes(request(null, "https://journal.example.evil.example"))).isFalse();
        assertThat(check.passes(request(null, "null"))).isFalse();
        assertThat(check.passes(request(null, "not a url"))).isFalse();
    }

    @Test
    void without_either_header_a_request_proves_nothing() {
        assertThat(check.passes(request(null, null))).isFalse();
    }

    private static MockHttpServletRequest request(String site, String origin) {
        var request = new MockHttpServletRequest("POST", "/api/auth/refresh");
        if (site != null) {
            request.addHeader("Sec-Fetch-Site", site);
        }
        if (origin != null) {
            request.addHeader("Origin", origin);
        }
        return request;
    }
}
