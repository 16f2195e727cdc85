package app.journal.bootstrap;

import app.journal.application.service.AccountSettings;
import app.journal.application.service.mfa.TwoStepSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Two-step verification ({@code journal.two-step.*}); the README documents each setting. A setting left out
 * takes its value from {@link TwoStepSettings#defaults()}, the one place the defaults are written, so no
 * {@code @DefaultValue} here repeats them.
 *
 * @param issuer the name authenticator apps show beside the account
 * @param secondStepTtl how long a sign-in waits for its second step
 * @param maxWrongCodes wrong codes one pending sign-in survives
 * @param codesPerAccount attempts at a code per account and window (second steps and confirmations)
 * @param alertAfter wrong second steps per account and window after which the owner is warned, once per window
 * @param trustTtl how long "trust this browser" lasts
 * @param confirmationWindow how long a session that confirmed "it's you" may make sensitive changes
 */
@ConfigurationProperties("journal.two-step")
@Validated
public record TwoStepProperties(
        @NotBlank @Nullable String issuer,
        @DurationMin(seconds = 30) @Nullable Duration secondStepTtl,
        @Min(1) @Nullable Integer maxWrongCodes,
        @Valid JournalProperties.@Nullable Rule codesPerAccount,
        @Valid JournalProperties.@Nullable Rule alertAfter,
        @DurationMin(minutes = 1) @Nullable Duration trustTtl,
        @DurationMin(seconds = 10) @Nullable Duration confirmationWindow) {

    public TwoStepProperties {
        var defaults = TwoStepSettings.defaults();
        issuer = issuer != null ? issuer : defaults.issuer();
        secondStepTtl = secondStepTtl != null ? secondStepTtl : defaults.secondStepTtl();
        maxWrongCodes = maxWrongCodes != null ? maxWrongCodes : defaults.maxWrongCodes();
        codesPerAccount = codesPerAccount != null ? codesPerAccount : rule(defaults.codesPerAccount());
        alertAfter = alertAfter != null ? alertAfter : rule(defaults.alertAfter());
        trustTtl = trustTtl != null ? trustTtl : defaults.trustTtl();
        confirmationWindow = confirmationWindow != null ? confirmationWindow : defaults.confirmationWindow();
    }

    private static JournalProperties.Rule rule(AccountSettings.Rule rule) {
        return new JournalProperties.Rule(rule.limit(), rule.window());
    }
}
