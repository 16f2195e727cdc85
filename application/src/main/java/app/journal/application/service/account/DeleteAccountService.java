package app.journal.application.service.account;

import app.journal.application.service.AccountEvents;
import app.journal.domain.session.RevokeReason;
import app.journal.application.port.out.UserSessions;
import app.journal.application.port.in.account.DeleteAccount;
import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.port.out.Users;
import java.time.Clock;
import app.journal.application.port.in.ClientInfo;
import app.journal.domain.user.User;
import app.journal.application.service.mfa.Confirmations;

/**
 * Deletes an account after confirming it's the person. In one unit of work: every session of the account
 * is ended (through {@link UserSessions}, the one port that ends sessions, so this node's view of active
 * sessions catches up before the answer leaves), then one DELETE of the user; the schema cascades to its
 * entries, activity, tokens and queued mail. The final notice is queued with no account attached, so the
 * cascade leaves it and it is sent after the account is gone.
 */
public final class DeleteAccountService implements DeleteAccount {

    private final Users users;
    private final UserSessions sessions;
    private final Confirmations confirmations;
    private final AccountEvents accountEvents;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public DeleteAccountService(Users users, UserSessions sessions, Confirmations confirmations,
            AccountEvents accountEvents, UnitOfWork unitOfWork, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.confirmations = confirmations;
        this.accountEvents = accountEvents;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public void delete(DeleteAccountCommand command) {
        var user = confirmations.requireOrPassword(command.userId(), command.session(), command.currentPassword());
        deleteConfirmed(user, command.client(), () -> { });
    }

    /**
     * The deletion itself, for a caller that has confirmed it otherwise (an administrator, issue 17): the same
     * unit of work, with {@code alsoInTheSameUnit} (the audit row) committed with it or not at all.
     *
     * @return whether the account existed (and is now gone)
     */
    public boolean deleteConfirmed(User user, ClientInfo client, Runnable alsoInTheSameUnit) {
        var now = clock.instant();
        var device = accountEvents.device(client);
        int ended = unitOfWork.inTransaction(() -> {
            int count = sessions.revokeAll(user.id(), now, RevokeReason.ACCOUNT_DELETED);
            if (!users.delete(user.id())) {
                return -1;
            }
            accountEvents.notice(new AccountMail.AccountDeleted(user.email(), now, device, client.clientIp()));
            alsoInTheSameUnit.run();
            return count;
        });
        accountEvents.sessionsEnded(Math.max(ended, 0), RevokeReason.ACCOUNT_DELETED);
        return ended >= 0;
    }
}
