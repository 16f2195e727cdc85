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
            Rule verifyPerClient,
            Rule forgotPerClient,
            Rule forgotPerAccount,
            Rule resetPerClient,
            Rule reauthPerAccount,
            Rule passkeyOptionsPerClient) {

        /**
         * The rules before issue 9; the account-lifecycle ones take their defaults, and so does the passkey
         * sign-in options' rule (issue 16).
         */
        public RateLimits(Rule registerPerClient, Rule loginPerClient, Rule loginPerAccount, Rule resendPerClient,
                Rule resendPerAccount, Rule verifyPerClient) {
            this(registerPerClient, loginPerClient, loginPerAccount, resendPerClient, resendPerAccount,
                    verifyPerClient, new Rule(10, Duration.ofHours(1)), new Rule(3, Duration.ofHours(1)),
                    new Rule(30, Duration.ofHours(1)), new Rule(5, Duration.ofMinutes(15)),
                    new Rule(300, Duration.ofMinutes(15)));
        }
    }
}
