package app.journal.application.service.account;

import app.journal.application.port.in.account.ConfirmEmailChange;
import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountMailer;
import app.journal.application.port.out.AccountTokens;
import app.journal.application.port.out.AccountTokens.Purpose;
import app.journal.application.port.out.DeviceNames;
import app.journal.application.port.out.RateLimiter;
import app.journal.application.port.out.SecurityActivity;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.port.out.Users;
import app.journal.application.port.out.Users.EmailTakenException;
import app.journal.domain.activity.AccountActivity;
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
    private final SecurityActivity activity;
    private final DeviceNames devices;
    private final AccountMailer mailer;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ConfirmEmailChangeService(Users users, AccountTokens tokens, RateLimiter limiter, AccountSettings settings,
            SecurityActivity activity, DeviceNames devices, AccountMailer mailer, UnitOfWork unitOfWork,
            Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.throttle = new Throttle(limiter);
        this.settings = settings;
        this.activity = activity;
        this.devices = devices;
        this.mailer = mailer;
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
        var device = devices.describe(command.userAgent());
        try {
            return unitOfWork.inTransaction(() -> {
                var grant = tokens.spend(hash, Purpose.EMAIL_CHANGE, now).orElse(null);
                var user = grant == null ? null : users.findById(grant.userId()).orElse(null);
                if (user == null) {
                    return new Outcome.InvalidLink();
                }
                users.changeEmail(user.id(), grant.email(), now);
                activity.record(AccountActivity.of(user.id(), now, ActivityKind.EMAIL_CHANGED, device,
                        command.clientKey(), null));
                mailer.queue(new AccountMail.EmailChanged(user.id(), user.email(), now, device, command.clientKey()));
                return new Outcome.Changed(grant.email());
            });
        } catch (EmailTakenException taken) {
            return new Outcome.Taken();
        }
    }
}
