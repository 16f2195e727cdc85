package app.journal.adapter.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressesTest {

    private final ClientAddresses addresses = new ClientAddresses(Set.of("10.0.0.1", "10.0.0.2"));

    @Test
    void without_a_trusted_proxy_the_peer_address_counts_and_forwarded_headers_are_ignored() {
        var request = request("203.0.113.9", "198.51.100.1");

        assertThat(addresses.of(request)).isEqualTo("203.0.113.9");
    }

    @Test
    void behind_a_trusted_proxy_the_last_untrusted_hop_counts() {
        var request = request("10.0.0.1", "198.51.100.7, 203.0.113.5, 10.0.0.2");

        assertThat(addresses.of(request)).isEqualTo("203.0.113.5");
    }

    @Test
    void a_client_cannot_choose_its_own_address_by_prepending_to_the_header() {
        var spoofed = request("10.0.0.1", "1.2.3.4, 203.0.113.5");

        assertThat(addresses.of(spoofed)).isEqualTo("203.0.113.5");
    }

    @Test
    void a_trusted_proxy_without_a_forwarded_header_is_the_client() {
        assertThat(addresses.of(request("10.0.0.1", null))).isEqualTo("10.0.0.1");
    }

    private static MockHttpServletRequest request(String peer, String forwardedFor) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(peer);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }
}
