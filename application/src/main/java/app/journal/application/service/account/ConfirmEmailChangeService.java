package app.journal.application.service.account;

import app.journal.application.port.in.ClientInfo;
import app.journal.application.service.AccountEvents;
import app.journal.application.port.in.account.ConfirmEmailChange;
import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountTokens;
import app.journal.application.port.out.AccountTokens.Purpose;
import app.journal.application.port.out.RateLimiter;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.port.out.Users;
import app.journal.application.port.out.Users.EmailTakenException;
import app.journal.domain.activity.ActivityKind;
import java.time.Clock;
import app.journal.application.service.Throttle;
import app.journal.application.service.LinkTokens;
import app.journal.application.service.AccountSettings;

/**
 * Opens an email-change link. All or nothing: spend the link, move the account to the new address
 * (verified: the link proved the mailbox), record it, tell the old address. When another account took
 * the address in the meantime the database's unique key refuses the move and the whole unit rolls
 * back, so the link is not spent. Shares the verification links' per-client budget.
 */
public final class ConfirmEmailChangeService implements ConfirmEmailChange {

    private final Users users;
    private final AccountTokens tokens;
    private final Throttle throttle;
    private final AccountSettings settings;
    private final AccountEvents accountEvents;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ConfirmEmailChangeService(Users users, AccountTokens tokens, RateLimiter limiter, AccountSettings settings,
            AccountEvents accountEvents, UnitOfWork unitOfWork, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.throttle = new Throttle(limiter);
        this.settings = settings;
        this.accountEvents = accountEvents;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Outcome confirm(ConfirmEmailChangeCommand command) {
        throttle.check("verify:client:" + command.clientKey(), settings.rateLimits().verifyPerClient());
        var hash = LinkTokens.hashOf(command.token()).orElse(null);
        if (hash == null) {
            return new Outcome.InvalidLink();
        }
        var now = clock.instant();
        var client = new ClientInfo(command.userAgent(), command.clientKey());
        var device = accountEvents.device(client);
        try {
            return unitOfWork.inTransaction(() -> {
                var grant = tokens.spend(hash, Purpose.EMAIL_CHANGE, now).orElse(null);
                var user = grant == null ? null : users.findById(grant.userId()).orElse(null);
                if (user == null) {
                    return new Outcome.InvalidLink();
                }
                users.changeEmail(user.id(), grant.email(), now);
                accountEvents.happened(user.id(), ActivityKind.EMAIL_CHANGED, now, client, null,
                        new AccountMail.EmailChanged(user.id(), user.email(), now, device, command.clientKey()));
                return new Outcome.Changed(grant.email());
            });
        } catch (EmailTakenException taken) {
            return new Outcome.Taken();
        }
    }
}
