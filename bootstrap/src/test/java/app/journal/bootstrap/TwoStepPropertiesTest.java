package app.journal.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.application.service.AccountSettings.Rule;
import app.journal.application.service.mfa.TwoStepSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code journal.two-step.*} as Spring binds and validates it, turned into the settings the use cases take. */
class TwoStepPropertiesTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(TwoStepProperties.class)
    static class Settings {

        @Bean
        TwoStepSettings twoStepSettings(TwoStepProperties properties) {
            return new TwoStepConfiguration().twoStepSettings(properties);
        }
    }

    @Test
    void nothing_set_gives_the_one_set_of_defaults() {
        runner.run(context -> assertThat(context.getBean(TwoStepSettings.class)).isEqualTo(TwoStepSettings.defaults()));
    }

    @Test
    void each_setting_overrides_its_default_alone() {
        runner.withPropertyValues("journal.two-step.issuer=Diary", "journal.two-step.second-step-ttl=2m",
                "journal.two-step.max-wrong-codes=3", "journal.two-step.codes-per-account.limit=4",
                "journal.two-step.codes-per-account.window=5m", "journal.two-step.trust-ttl=7d",
                "journal.two-step.confirmation-window=1m").run(context -> {
                    var defaults = TwoStepSettings.defaults();
                    assertThat(context.getBean(TwoStepSettings.class)).isEqualTo(new TwoStepSettings("Diary",
                            Duration.ofMinutes(2), 3, new Rule(4, Duration.ofMinutes(5)), defaults.alertAfter(),
                            Duration.ofDays(7), Duration.ofMinutes(1)));
                });
    }

    @Test
    void out_of_range_settings_stop_the_start() {
        for (var setting : new String[] {"journal.two-step.issuer= ", "journal.two-step.max-wrong-codes=0",
                "journal.two-step.second-step-ttl=10s", "journal.two-step.confirmation-window=5s"}) {
            runner.withPropertyValues(setting).run(context -> assertThat(context).as(setting).getFailure()
                    .hasRootCauseInstanceOf(BindValidationException.class));
        }
    }
}
