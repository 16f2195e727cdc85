package app.journal.application.service.account;

import app.journal.application.port.in.ClientInfo;
import app.journal.application.service.AccountEvents;
import app.journal.application.port.in.account.CancelEmailChange;
import app.journal.application.port.out.AccountTokens;
import app.journal.application.port.out.AccountTokens.Purpose;
import app.journal.application.port.out.RateLimiter;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.port.out.Users;
import app.journal.domain.activity.ActivityKind;
import java.time.Clock;
import app.journal.application.service.Throttle;
import app.journal.application.service.LinkTokens;
import app.journal.application.service.AccountSettings;
import app.journal.application.service.PendingGrants;

/**
 * Opens a cancel link. All or nothing: spend it (single use), void the pending change of address (its
 * link and its link mail if still waiting, {@link PendingGrants#voidEmailChange}), record it. The link
 * names the address it was sent to: once the account moved to another, it is void. Shares the
 * verification links' per-client budget.
 */
public final class CancelEmailChangeService implements CancelEmailChange {

    private final Users users;
    private final AccountTokens tokens;
    private final PendingGrants grants;
    private final Throttle throttle;
    private final AccountSettings settings;
    private final AccountEvents accountEvents;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public CancelEmailChangeService(Users users, AccountTokens tokens, PendingGrants grants, RateLimiter limiter,
            AccountSettings settings, AccountEvents accountEvents, UnitOfWork unitOfWork, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.grants = grants;
        this.throttle = new Throttle(limiter);
        this.settings = settings;
        this.accountEvents = accountEvents;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Outcome cancel(CancelEmailChangeCommand command) {
        throttle.check("verify:client:" + command.clientKey(), settings.rateLimits().verifyPerClient());
        var hash = LinkTokens.hashOf(command.token()).orElse(null);
        if (hash == null) {
            return Outcome.INVALID_LINK;
        }
        var now = clock.instant();
        var client = new ClientInfo(command.userAgent(), command.clientKey());
        return unitOfWork.inTransaction(() -> {
            var grant = tokens.spend(hash, Purpose.EMAIL_CHANGE_CANCEL, now).orElse(null);
            var user = grant == null ? null : users.findById(grant.userId())
                    .filter(u -> u.email().equals(grant.email()))
                    .orElse(null);
            if (user == null) {
                return Outcome.INVALID_LINK;
            }
            grants.voidEmailChange(user.id());
            accountEvents.happened(user.id(), ActivityKind.EMAIL_CHANGE_CANCELLED, now, client, null);
            return Outcome.CANCELLED;
        });
    }
}
