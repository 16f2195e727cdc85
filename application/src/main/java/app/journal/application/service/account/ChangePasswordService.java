package app.journal.application.service.account;

import app.journal.application.service.AccountEvents;
import app.journal.application.port.in.account.ChangePassword;
import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.PasswordHasher;
import app.journal.application.port.out.PasswordPolicy;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.port.out.UserSessions;
import app.journal.application.port.out.Users;
import app.journal.domain.activity.ActivityKind;
import app.journal.domain.session.RevokeReason;
import java.time.Clock;
import app.journal.application.service.mfa.Confirmations;
import app.journal.application.service.AccountSettings;
import app.journal.application.service.PendingGrants;

/**
 * A new password while signed in: the current one first (rate-limited per account), the new one under
 * the registration policy, both hashed outside any transaction. Then, all or nothing: set the hash,
 * void every pending grant ({@link PendingGrants}), sign out every other session (this one stays), record it, queue the notice.
 */
public final class ChangePasswordService implements ChangePassword {

    private final Users users;
    private final UserSessions sessions;
    private final Confirmations confirmations;
    private final NewPasswords passwords;
    private final PendingGrants grants;
    private final AccountEvents accountEvents;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ChangePasswordService(Users users, UserSessions sessions, PendingGrants grants, Confirmations confirmations,
            PasswordHasher hasher, PasswordPolicy policy, AccountSettings settings, AccountEvents accountEvents,
            UnitOfWork unitOfWork, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.confirmations = confirmations;
        this.passwords = new NewPasswords(policy, hasher, settings);
        this.grants = grants;
        this.accountEvents = accountEvents;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public int change(ChangePasswordCommand command) {
        var user = confirmations.requireOrPassword(command.userId(), command.current(), command.currentPassword());
        var newHash = passwords.accept(command.newPassword(), user.email(), "newPassword");
        var now = clock.instant();
        var device = accountEvents.device(command.client());
        var clientIp = command.client().clientIp();
        int revoked = unitOfWork.inTransaction(() -> {
            users.changePasswordHash(user.id(), newHash, now);
            grants.voidAll(user.id(), now);
            int count = sessions.revokeAllExcept(user.id(), command.current(), now, RevokeReason.PASSWORD_CHANGED);
            accountEvents.happened(user.id(), ActivityKind.PASSWORD_CHANGED, now, command.client(), command.current(),
                    new AccountMail.PasswordChanged(user.id(), user.email(), now, device, clientIp, count, false));
            return count;
        });
        accountEvents.sessionsEnded(revoked, RevokeReason.PASSWORD_CHANGED);
        return revoked;
    }
}
