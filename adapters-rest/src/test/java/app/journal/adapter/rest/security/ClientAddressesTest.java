package app.journal.adapter.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

    @Test
    void ipv6_addresses_are_compared_as_addresses_not_as_strings() {
        var loopback = new ClientAddresses(List.of("::1"));

        assertThat(loopback.of(request("0:0:0:0:0:0:0:1", "203.0.113.5"))).isEqualTo("203.0.113.5");
        assertThat(new ClientAddresses(List.of("0:0:0:0:0:0:0:1")).of(request("::1", "203.0.113.5")))
                .isEqualTo("203.0.113.5");
        assertThat(new ClientAddresses(List.of("2001:DB8::10")).trusted("2001:db8:0:0:0:0:0:10")).isTrue();
    }

    @Test
    void cidr_ranges_cover_exactly_their_addresses() {
        var ranges = new ClientAddresses(List.of("10.0.0.0/8", "192.168.4.0/22", "fd00::/8"));

        assertThat(ranges.trusted("10.255.3.4")).isTrue();
        assertThat(ranges.trusted("11.0.0.1")).isFalse();
        assertThat(ranges.trusted("192.168.7.255")).isTrue();
        assertThat(ranges.trusted("192.168.8.0")).isFalse();
        assertThat(ranges.trusted("192.168.3.255")).isFalse();
        assertThat(ranges.trusted("fd12:3456::1")).isTrue();
        assertThat(ranges.trusted("fe80::1")).isFalse();
        assertThat(ranges.trusted("::ffff:10.1.2.3")).as("IPv4-mapped IPv6 is its IPv4 address").isTrue();
        assertThat(new ClientAddresses(List.of("0.0.0.0/0")).trusted("::1")).as("families never mix").isFalse();
    }

    @Test
    void a_range_with_host_bits_set_is_the_network_it_names() {
        assertThat(new ClientAddresses(List.of("10.1.2.3/16")).trusted("10.1.200.9")).isTrue();
    }

    @Test
    void forwarded_hops_with_ports_brackets_or_zones_are_read_as_addresses() {
        var proxy = new ClientAddresses(List.of("10.0.0.0/8", "fd00::/8"));

        assertThat(proxy.of(request("10.0.0.1", "203.0.113.5, [fd00::7]:443"))).isEqualTo("203.0.113.5");
        assertThat(proxy.of(request("10.0.0.1", "203.0.113.5, 10.9.9.9:8080"))).isEqualTo("203.0.113.5");
        assertThat(proxy.of(request("fd00::1%eth0", "203.0.113.5"))).isEqualTo("203.0.113.5");
    }

    @Test
    void the_client_address_has_one_canonical_form_so_one_client_has_one_rate_limit_budget() {
        var proxy = new ClientAddresses(List.of("127.0.0.1"));

        assertThat(proxy.of(request("127.0.0.1", "2001:DB8::1"))).isEqualTo(proxy.of(request("127.0.0.1", "2001:db8:0:0::1")));
        assertThat(proxy.of(request("127.0.0.1", "unknown"))).as("garbage is kept, never trusted").isEqualTo("unknown");
    }

    @Test
    void a_host_name_is_never_looked_up_nor_trusted() {
        assertThat(new ClientAddresses(List.of("10.0.0.0/8")).trusted("localhost")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "proxy.example", "10.0.0.300", "10.0.0.0/33", "fd00::/129", "10.0.0.0/",
            "10.0.0.0/-1", "1.2.3.4:80", "[::1]", "10.0.0.0/8/8", "::1%lo", "*"})
    void an_entry_that_is_not_an_address_or_range_fails_with_a_message_naming_it(String entry) {
        assertThatThrownBy(() -> new ClientAddresses(List.of("127.0.0.1", entry)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("journal.http.trusted-proxies")
                .hasMessageContaining("'" + entry + "'");
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
