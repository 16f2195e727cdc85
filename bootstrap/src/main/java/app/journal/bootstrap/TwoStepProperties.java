package app.journal.bootstrap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Two-step verification ({@code journal.two-step.*}); the README documents each setting.
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
        @NotBlank @DefaultValue("Journal") String issuer,
        @NotNull @DurationMin(seconds = 30) @DefaultValue("5m") Duration secondStepTtl,
        @Min(1) @DefaultValue("5") int maxWrongCodes,
        @Valid @Nullable JournalProperties.Rule codesPerAccount,
        @Valid @Nullable JournalProperties.Rule alertAfter,
        @NotNull @DurationMin(minutes = 1) @DefaultValue("30d") Duration trustTtl,
        @NotNull @DurationMin(seconds = 10) @DefaultValue("10m") Duration confirmationWindow) {

    public TwoStepProperties {
        codesPerAccount = codesPerAccount != null ? codesPerAccount
                : new JournalProperties.Rule(10, Duration.ofMinutes(15));
        alertAfter = alertAfter != null ? alertAfter : new JournalProperties.Rule(3, Duration.ofHours(1));
    }
}
