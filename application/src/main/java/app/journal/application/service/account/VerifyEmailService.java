package app.journal.application.service.account;

import app.journal.application.port.in.ClientInfo;
import app.journal.application.service.AccountEvents;
import app.journal.application.port.in.account.VerifyEmail;
import app.journal.application.port.out.RateLimiter;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.port.out.Users;
import app.journal.application.port.out.VerificationTokens;
import app.journal.domain.activity.ActivityKind;
import java.time.Clock;
import app.journal.application.service.Throttle;
import app.journal.application.service.AccountSettings;

/**
 * A link works once: the first use verifies, later uses are told the link was used. Verifying and its
 * activity row are one unit of work.
 */
public final class VerifyEmailService implements VerifyEmail {

    private final Users users;
    private final VerificationTokens tokens;
    private final Throttle throttle;
    private final AccountSettings settings;
    private final Clock clock;
    private final AccountEvents accountEvents;
    private final UnitOfWork unitOfWork;

    public VerifyEmailService(Users users, VerificationTokens tokens, RateLimiter limiter, AccountSettings settings,
            Clock clock, AccountEvents accountEvents, UnitOfWork unitOfWork) {
        this.users = users;
        this.tokens = tokens;
        this.throttle = new Throttle(limiter);
        this.settings = settings;
        this.clock = clock;
        this.accountEvents = accountEvents;
        this.unitOfWork = unitOfWork;
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
        var now = clock.instant();
        var client = new ClientInfo(command.userAgent(), command.clientKey());
        boolean verified = unitOfWork.inTransaction(() -> {
            if (!users.markVerified(user.id(), now)) {
                return false;
            }
            accountEvents.happened(user.id(), ActivityKind.EMAIL_VERIFIED, now, client, null);
            return true;
        });
        return verified ? Outcome.VERIFIED : Outcome.ALREADY_USED;
    }
}
