package app.journal.bootstrap;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * One setting for structured logs: {@code JOURNAL_LOG_FORMAT} ({@code journal.log.format}) is
 * {@code text} (the default), {@code json} (= {@code ecs}), {@code ecs}, {@code logstash} or
 * {@code gelf}, and becomes Spring Boot's {@code logging.structured.format.console} before logging
 * starts. An explicit {@code logging.structured.format.console} wins. Anything else stops the start,
 * naming the allowed values.
 *
 * @see "docs/decisions/0006-operations-surface.md"
 */
public final class LogFormatSetting implements EnvironmentPostProcessor {

    static final String PROPERTY = "journal.log.format";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var value = environment.getProperty(PROPERTY, environment.getProperty("JOURNAL_LOG_FORMAT", "text"));
        var format = switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "", "text" -> null;
            case "json", "ecs" -> "ecs";
            case "logstash" -> "logstash";
            case "gelf" -> "gelf";
            default -> throw new IllegalStateException(
                    "journal.log.format (JOURNAL_LOG_FORMAT) must be text, json, ecs, logstash or gelf, not '"
                            + value + "'");
        };
        if (format != null) {
            environment.getPropertySources().addLast(new MapPropertySource("journal-log-format",
                    Map.of("logging.structured.format.console", format)));
        }
    }
}
