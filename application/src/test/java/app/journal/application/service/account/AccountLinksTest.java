package app.journal.application.service.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class AccountLinksTest {

    private final AccountLinks links = new AccountLinks(URI.create("https://journal.example/"));

    @Test
    void the_verify_link_carries_the_url_encoded_token_on_the_public_base_url() {
        assertThat(links.verify("a+b/c=d:e@f")).isEqualTo(
                URI.create("https://journal.example/verify?token=a%2Bb%2Fc%3Dd%3Ae%40f"));
    }

    @Test
    void notices_link_the_devices_page() {
        assertThat(links.devices()).isEqualTo(URI.create("https://journal.example/account/devices"));
    }

    @Test
    void a_base_url_with_a_path_keeps_it() {
        var underPath = new AccountLinks(URI.create("https://example.org/journal//"));

        assertThat(underPath.devices()).isEqualTo(URI.create("https://example.org/journal/account/devices"));
        assertThat(underPath.verify("t").toString()).isEqualTo("https://example.org/journal/verify?token=t");
    }

    @Test
    void a_base_url_with_a_query_is_refused() {
        assertThatThrownBy(() -> new AccountLinks(URI.create("https://journal.example/?x=1")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
