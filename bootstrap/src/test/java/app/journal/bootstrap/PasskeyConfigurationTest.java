package app.journal.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The relying party's origins as a browser writes them: scheme, host, and the port only when not the default. */
class PasskeyConfigurationTest {

    @Test
    void an_origin_is_scheme_host_and_a_port_that_is_not_the_default() {
        assertThat(PasskeyConfiguration.origin(URI.create("https://Journal.Example/app/"))).isEqualTo(
                "https://journal.example");
        assertThat(PasskeyConfiguration.origin(URI.create("https://journal.example:443"))).isEqualTo(
                "https://journal.example");
        assertThat(PasskeyConfiguration.origin(URI.create("http://localhost:8080/"))).isEqualTo(
                "http://localhost:8080");
        assertThat(PasskeyConfiguration.origin(URI.create("http://localhost:80"))).isEqualTo("http://localhost");
        assertThat(PasskeyConfiguration.origin(URI.create("https://journal.example:8443"))).isEqualTo(
                "https://journal.example:8443");
    }
}
