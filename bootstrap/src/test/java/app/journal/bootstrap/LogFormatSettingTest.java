package app.journal.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class LogFormatSettingTest {

    private static String consoleFormat(String setting) {
        var environment = new MockEnvironment();
        if (setting != null) {
            environment.setProperty("journal.log.format", setting);
        }
        new LogFormatSetting().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("logging.structured.format.console");
    }

    @Test
    void json_is_spring_boots_ecs_structured_logging() {
        assertThat(consoleFormat("json")).isEqualTo("ecs");
        assertThat(consoleFormat("LOGSTASH")).isEqualTo("logstash");
        assertThat(consoleFormat("gelf")).isEqualTo("gelf");
    }

    @Test
    void text_or_nothing_leaves_the_plain_console_format() {
        assertThat(consoleFormat(null)).isNull();
        assertThat(consoleFormat("text")).isNull();
    }

    @Test
    void an_explicit_boot_setting_wins() {
        var environment = new MockEnvironment();
        environment.setProperty("journal.log.format", "json");
        environment.setProperty("logging.structured.format.console", "logstash");
        new LogFormatSetting().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("logstash");
    }

    @Test
    void an_unknown_format_stops_the_start_naming_the_allowed_ones() {
        assertThatThrownBy(() -> consoleFormat("yaml")).hasMessageContaining("JOURNAL_LOG_FORMAT")
                .hasMessageContaining("json");
    }
}
