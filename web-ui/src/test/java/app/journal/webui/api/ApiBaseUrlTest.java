package app.journal.webui.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiBaseUrlTest {

    @Test
    void a_configured_url_is_used_without_its_trailing_slash() {
        assertThat(ApiBaseUrl.fixed("https://journal.example.org/app/").get()).isEqualTo("https://journal.example.org/app");
    }

    @Test
    void a_configured_url_wins_over_the_server_port() {
        ApiBaseUrl url = ApiBaseUrl.fixed("http://api.internal:9000");
        url.serverStarted(8080, "");
        assertThat(url.get()).isEqualTo("http://api.internal:9000");
    }

    @Test
    void same_server_is_reached_over_loopback_at_its_port_and_context_path() {
        ApiBaseUrl url = ApiBaseUrl.sameServer();
        url.serverStarted(41234, "/journal");
        assertThat(url.get()).isEqualTo("http://127.0.0.1:41234/journal");
    }

    @Test
    void same_server_at_the_root_context_has_no_path() {
        ApiBaseUrl url = ApiBaseUrl.sameServer();
        url.serverStarted(8080, "");
        assertThat(url.get()).isEqualTo("http://127.0.0.1:8080");
    }

    @Test
    void same_server_before_the_server_started_fails_with_the_reason() {
        assertThatThrownBy(() -> ApiBaseUrl.sameServer().get())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("journal.web.api-base-url");
    }

    @Test
    void only_absolute_http_urls_are_accepted() {
        assertThatThrownBy(() -> ApiBaseUrl.fixed("/api")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiBaseUrl.fixed("ftp://example.org")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiBaseUrl.fixed("http://example.org/?x=1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiBaseUrl.fixed("http://exa mple.org")).isInstanceOf(IllegalArgumentException.class);
    }
}
