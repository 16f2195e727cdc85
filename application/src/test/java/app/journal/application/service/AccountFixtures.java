package app.journal.application.service;

import app.journal.application.service.AccountSettings.RateLimits;
import app.journal.application.service.AccountSettings.Rule;
import app.journal.domain.session.SessionPolicy;
import app.journal.domain.user.PasswordRules;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/** Settings shared by the account service tests: limits so high they never matter unless a test lowers one. */
public final class AccountFixtures {

    public static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    public static final SessionPolicy POLICY =
            new SessionPolicy(Duration.ofDays(7), Duration.ofDays(30), Duration.ofSeconds(30), Duration.ofHours(12));
    public static final URI VERIFY_PAGE = URI.create("https://journal.example/verify");
    public static final Rule UNLIMITED = new Rule(1_000, Duration.ofMinutes(15));
    public static final RateLimits NO_LIMITS = new RateLimits(UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED);

    /** A password that passes the default rules and the fake policy. */
    public static final String GOOD_PASSWORD = "correct horse battery staple";

    private AccountFixtures() {}

    public static AccountSettings settings() {
        return settings(true, NO_LIMITS);
    }

    public static AccountSettings settings(boolean requireEmailVerify, RateLimits limits) {
        return new AccountSettings(requireEmailVerify, PasswordRules.DEFAULT, POLICY, VERIFY_PAGE, limits);
    }

    public static RateLimits registerPerClient(Rule rule) {
        return new RateLimits(rule, UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED);
    }

    public static RateLimits loginPerClient(Rule rule) {
        return new RateLimits(UNLIMITED, rule, UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED);
    }

    public static RateLimits loginPerAccount(Rule rule) {
        return new RateLimits(UNLIMITED, UNLIMITED, rule, UNLIMITED, UNLIMITED, UNLIMITED);
    }

    public static RateLimits resendPerClient(Rule rule) {
        return new RateLimits(UNLIMITED, UNLIMITED, UNLIMITED, rule, UNLIMITED, UNLIMITED);
    }

    public static RateLimits resendPerAccount(Rule rule) {
        return new RateLimits(UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED, rule, UNLIMITED);
    }

    public static RateLimits verifyPerClient(Rule rule) {
        return new RateLimits(UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED, rule);
    }
}
