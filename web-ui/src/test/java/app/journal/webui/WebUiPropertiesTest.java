package app.journal.webui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class WebUiPropertiesTest {

    private static WebUiProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("journal.web", WebUiProperties.class);
    }

    @Test
    void by_default_the_api_is_on_this_same_server() {
        WebUiProperties properties = bind(Map.of());
        assertThat(properties.apiBaseUrl()).isEmpty();
        assertThat(properties.apiOnSameServer()).isTrue();
    }

    @Test
    void a_configured_api_base_url_is_normalised() {
        WebUiProperties properties = bind(Map.of("journal.web.api-base-url", "https://journal.example.org/"));
        assertThat(properties.apiBaseUrl()).isEqualTo("https://journal.example.org");
        assertThat(properties.apiOnSameServer()).isFalse();
    }

    @Test
    void a_relative_api_base_url_is_refused_at_startup() {
        assertThatThrownBy(() -> bind(Map.of("journal.web.api-base-url", "/api")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("absolute http(s) URL");
    }

    @Test
    void accounts_in_the_ui_are_off_unless_switched_on() {
        assertThat(bind(Map.of()).userMgmtEnabled()).isFalse();
        assertThat(bind(Map.of("journal.web.user-mgmt-enabled", "true")).userMgmtEnabled()).isTrue();
    }
}
