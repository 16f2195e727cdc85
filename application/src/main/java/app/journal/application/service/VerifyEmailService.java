package app.journal.application.service;

import app.journal.application.port.in.VerifyEmail;
import app.journal.application.port.out.RateLimiter;
import app.journal.application.port.out.Users;
import app.journal.application.port.out.VerificationTokens;
import java.time.Clock;

/** A link works once: the first use verifies, later uses are told the link was used. */
public final class VerifyEmailService implements VerifyEmail {

    private final Users users;
    private final VerificationTokens tokens;
    private final Throttle throttle;
    private final AccountSettings settings;
    private final Clock clock;

    public VerifyEmailService(Users users, VerificationTokens tokens, RateLimiter limiter, AccountSettings settings,
            Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.throttle = new Throttle(limiter);
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Outcome verify(VerifyEmailCommand command) {
        throttle.check("verify:client:" + command.clientKey(), settings.rateLimits().verifyPerClient());
        var claim = tokens.read(command.token()).orElse(null);
        if (claim == null) {
            return Outcome.INVALID;
        }
        var user = users.findById(claim.userId()).orElse(null);
        if (user == null || !user.email().equals(claim.email())) {
            return Outcome.INVALID;
        }
        if (users.markVerified(user.id(), clock.instant())) {
            return Outcome.VERIFIED;
        }
        return Outcome.ALREADY_USED;
    }
}
