package app.journal.application.service;

import app.journal.domain.session.SessionPolicy;
import app.journal.domain.user.PasswordRules;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How accounts behave, as configured.
 *
 * @param requireEmailVerify whether an unverified account may log in (the seed's auth_require_email_verify)
 * @param verifyPageUrl the web client's page that verification links open, e.g. https://journal.example/verify
 */
public record AccountSettings(
        boolean requireEmailVerify,
        PasswordRules passwordRules,
        SessionPolicy sessionPolicy,
        URI verifyPageUrl,
        RateLimits rateLimits) {

    public AccountSettings {
        Objects.requireNonNull(passwordRules, "passwordRules");
        Objects.requireNonNull(sessionPolicy, "sessionPolicy");
        Objects.requireNonNull(verifyPageUrl, "verifyPageUrl");
        Objects.requireNonNull(rateLimits, "rateLimits");
    }

    public record Rule(int limit, Duration window) {
        public Rule {
            if (limit < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("a rate limit needs a positive limit and window");
            }
        }
    }

    public record RateLimits(
            Rule registerPerClient,
            Rule loginPerClient,
            Rule loginPerAccount,
            Rule resendPerClient,
            Rule resendPerAccount,
            Rule verifyPerClient) {}
}
