package app.journal.application.service.account;

import app.journal.application.port.in.account.DeleteAccount;
import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountMailer;
import app.journal.application.port.out.DeviceNames;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.port.out.Users;
import java.time.Clock;
import app.journal.application.service.mfa.Confirmations;

/**
 * Deletes an account after its current password. One DELETE of the user; the schema cascades to its
 * sessions (so every token of the account stops at once), entries, activity, tokens and queued mail.
 * The final notice is queued in the same unit of work with no account attached, so the cascade
 * leaves it and it is sent after the account is gone.
 */
public final class DeleteAccountService implements DeleteAccount {

    private final Users users;
    private final Confirmations confirmations;
    private final DeviceNames devices;
    private final AccountMailer mailer;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public DeleteAccountService(Users users, Confirmations confirmations, DeviceNames devices, AccountMailer mailer, UnitOfWork unitOfWork, Clock clock) {
        this.users = users;
        this.confirmations = confirmations;
        this.devices = devices;
        this.mailer = mailer;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public void delete(DeleteAccountCommand command) {
        var user = confirmations.requireOrPassword(command.userId(), command.session(), command.currentPassword());
        var now = clock.instant();
        var device = devices.describe(command.client().userAgent());
        unitOfWork.inTransaction(() -> {
            if (users.delete(user.id())) {
                mailer.queue(new AccountMail.AccountDeleted(user.email(), now, device, command.client().clientIp()));
            }
        });
    }
}
