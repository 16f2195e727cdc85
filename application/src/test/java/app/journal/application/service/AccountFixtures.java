package app.journal.application.service;

import app.journal.application.service.AccountSettings.RateLimits;
import app.journal.application.service.AccountSettings.Rule;
import app.journal.domain.session.SessionPolicy;
import app.journal.domain.user.PasswordRules;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/** Settings shared by the account service tests: limits so high they never matter unless a test lowers one. */
final class AccountFixtures {

    static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    static final SessionPolicy POLICY =
            new SessionPolicy(Duration.ofDays(7), Duration.ofDays(30), Duration.ofSeconds(30), Duration.ofHours(12));
    static final URI VERIFY_PAGE = URI.create("https://journal.example/verify");
    static final Rule UNLIMITED = new Rule(1_000, Duration.ofMinutes(15));
    static final RateLimits NO_LIMITS = new RateLimits(UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED);

    /** A password that passes the default rules and the fake policy. */
    static final String GOOD_PASSWORD = "correct horse battery staple";

    private AccountFixtures() {}

    static AccountSettings settings() {
        return settings(true, NO_LIMITS);
    }

    static AccountSettings settings(boolean requireEmailVerify, RateLimits limits) {
        return new AccountSettings(requireEmailVerify, PasswordRules.DEFAULT, POLICY, VERIFY_PAGE, limits);
    }

    static RateLimits registerPerClient(Rule rule) {
        return new RateLimits(rule, UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED);
    }

    static RateLimits loginPerClient(Rule rule) {
        return new RateLimits(UNLIMITED, rule, UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED);
    }

    static RateLimits loginPerAccount(Rule rule) {
        return new RateLimits(UNLIMITED, UNLIMITED, rule, UNLIMITED, UNLIMITED, UNLIMITED);
    }

    static RateLimits resendPerClient(Rule rule) {
        return new RateLimits(UNLIMITED, UNLIMITED, UNLIMITED, rule, UNLIMITED, UNLIMITED);
    }

    static RateLimits resendPerAccount(Rule rule) {
        return new RateLimits(UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED, rule, UNLIMITED);
    }

    static RateLimits verifyPerClient(Rule rule) {
        return new RateLimits(UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED, rule);
    }
}
