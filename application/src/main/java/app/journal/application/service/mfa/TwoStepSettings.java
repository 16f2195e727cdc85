package app.journal.application.service.mfa;

import app.journal.application.service.AccountSettings.Rule;
import java.time.Duration;
import java.util.Objects;

/**
 * Two-step verification and "confirm it's you" ({@code journal.two-step.*}). {@link #defaults()} is the one
 * place that holds their default values: the configuration properties fall back to it, and the domain rules
 * ({@code SecondStepState}, {@code ConfirmationPolicy}) take the values as parameters and keep none.
 *
 * @param issuer the name authenticator apps show beside the account
 * @param secondStepTtl how long a sign-in waits for its second step
 * @param maxWrongCodes wrong codes one pending sign-in survives
 * @param codesPerAccount attempts at a code (second step or confirmation) per account and window
 * @param alertAfter wrong second steps after a right password, per account and window, before the owner is
 *     warned (at most once per window)
 * @param trustTtl how long "trust this browser" lasts
 * @param confirmationWindow how long a confirmed session may make sensitive changes
 */
public record TwoStepSettings(String issuer, Duration secondStepTtl, int maxWrongCodes, Rule codesPerAccount,
        Rule alertAfter, Duration trustTtl, Duration confirmationWindow) {

    public TwoStepSettings {
        Objects.requireNonNull(issuer, "issuer");
        for (var d : new Duration[] {secondStepTtl, trustTtl, confirmationWindow}) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("two-step durations must be positive");
            }
        }
        if (maxWrongCodes < 1) {
            throw new IllegalArgumentException("maxWrongCodes must be at least 1");
        }
        Objects.requireNonNull(codesPerAccount, "codesPerAccount");
        Objects.requireNonNull(alertAfter, "alertAfter");
    }

    /** The defaults: 5 minutes, 5 wrong codes, 10 codes per 15 minutes, warn after 3 an hour, 30 days, 10 minutes. */
    public static TwoStepSettings defaults() {
        return new TwoStepSettings("Journal", Duration.ofMinutes(5), 5, new Rule(10, Duration.ofMinutes(15)),
                new Rule(3, Duration.ofHours(1)), Duration.ofDays(30), Duration.ofMinutes(10));
    }
}
