package app.journal.application.service.account;

import app.journal.application.port.in.ClientInfo;
import app.journal.application.service.AccountEvents;
import app.journal.application.port.in.account.ResetPassword;
import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountTokens;
import app.journal.application.port.out.AccountTokens.Purpose;
import app.journal.application.port.out.PasswordHasher;
import app.journal.application.port.out.PasswordPolicy;
import app.journal.application.port.out.RateLimiter;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.port.out.UserSessions;
import app.journal.application.port.out.Users;
import app.journal.domain.activity.ActivityKind;
import app.journal.domain.session.RevokeReason;
import java.time.Clock;
import app.journal.application.service.Throttle;
import app.journal.application.service.LinkTokens;
import app.journal.application.service.AccountSettings;
import app.journal.application.service.PendingGrants;

/**
 * A new password through a reset link. The link is looked at first (without spending it), so a
 * password that breaks the policy leaves it usable; hashing happens before the unit of work. Then,
 * all or nothing: spend the link (one DELETE; a second use finds nothing), set the hash, mark the
 * address verified (the link proved the mailbox), void every other pending grant ({@link PendingGrants}),
 * sign out every session, record it, queue the notice.
 * Nobody is signed in by a reset.
 *
 * @see "docs/decisions/0004-units-of-work.md"
 */
public final class ResetPasswordService implements ResetPassword {

    private final Users users;
    private final UserSessions sessions;
    private final AccountTokens tokens;
    private final PendingGrants grants;
    private final NewPasswords passwords;
    private final Throttle throttle;
    private final AccountSettings settings;
    private final AccountEvents accountEvents;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ResetPasswordService(Users users, UserSessions sessions, AccountTokens tokens, PendingGrants grants,
            PasswordHasher hasher,
            PasswordPolicy policy, RateLimiter limiter, AccountSettings settings, AccountEvents accountEvents,
            UnitOfWork unitOfWork, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.tokens = tokens;
        this.grants = grants;
        this.passwords = new NewPasswords(policy, hasher, settings);
        this.throttle = new Throttle(limiter);
        this.settings = settings;
        this.accountEvents = accountEvents;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Outcome reset(ResetPasswordCommand command) {
        throttle.check("reset:client:" + command.clientKey(), settings.rateLimits().resetPerClient());
        var hash = LinkTokens.hashOf(command.token()).orElse(null);
        if (hash == null) {
            return Outcome.INVALID_LINK;
        }
        var grant = tokens.find(hash, Purpose.PASSWORD_RESET, clock.instant()).orElse(null);
        // The link names the address it was sent to: once the account moved to another, it is void.
        var user = grant == null ? null : users.findById(grant.userId())
                .filter(u -> u.email().equals(grant.email()) && u.passwordHash() != null && !u.isDisabled())
                .orElse(null);
        if (user == null) {
            return Outcome.INVALID_LINK;
        }
        var newHash = passwords.accept(command.password(), user.email(), "password");
        var now = clock.instant();
        var client = new ClientInfo(command.userAgent(), command.clientKey());
        var device = accountEvents.device(client);
        Integer revoked = unitOfWork.inTransaction(() -> {
            var spent = tokens.spend(hash, Purpose.PASSWORD_RESET, now);
            if (spent.isEmpty() || !spent.get().userId().equals(user.id())) {
                return null; // used (or expired) between the look and now
            }
            users.changePasswordHash(user.id(), newHash, now);
            users.markVerified(user.id(), now);
            grants.voidAll(user.id(), now);
            int count = sessions.revokeAll(user.id(), now, RevokeReason.PASSWORD_RESET);
            accountEvents.happened(user.id(), ActivityKind.PASSWORD_RESET, now, client, null,
                    new AccountMail.PasswordChanged(user.id(), user.email(), now, device, command.clientKey(), count,
                            true));
            return count;
        });
        if (revoked == null) {
            return Outcome.INVALID_LINK;
        }
        accountEvents.sessionsEnded(revoked, RevokeReason.PASSWORD_RESET);
        return Outcome.RESET;
    }
}
