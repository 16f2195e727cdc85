package app.journal.application.service.account;

import app.journal.application.service.AccountEvents;
import app.journal.application.port.in.account.ChangeEmail;
import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.port.out.Users;
import app.journal.domain.InvalidValueException;
import app.journal.domain.activity.ActivityKind;
import app.journal.domain.user.EmailAddress;
import java.time.Clock;
import app.journal.application.service.mfa.Confirmations;

/**
 * Asks to move the account to another address. The current password first (rate-limited per account);
 * then the request is recorded, the current address is told at once (what, when, which device, and a
 * link that cancels it) and, only when the new address is free, a confirmation link is queued to it. A taken address (or the current one) gets no mail at all, so its owner learns nothing, and the
 * caller gets the same answer either way. Nothing changes until the link is opened.
 */
public final class ChangeEmailService implements ChangeEmail {

    private final Users users;
    private final Confirmations confirmations;
    private final AccountEvents accountEvents;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ChangeEmailService(Users users, Confirmations confirmations,
            AccountEvents accountEvents, UnitOfWork unitOfWork, Clock clock) {
        this.users = users;
        this.confirmations = confirmations;
        this.accountEvents = accountEvents;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public void request(ChangeEmailCommand command) {
        EmailAddress newEmail;
        try {
            newEmail = new EmailAddress(command.newEmail());
        } catch (InvalidValueException e) {
            throw new InvalidValueException("newEmail", e.getMessage());
        }
        var user = confirmations.requireOrPassword(command.userId(), command.session(), command.currentPassword());
        var now = clock.instant();
        var device = accountEvents.device(command.client());
        boolean free = !newEmail.equals(user.email()) && users.findByEmail(newEmail).isEmpty();
        unitOfWork.inTransaction(() -> {
            // The current address hears of it at once, with a link that cancels it, whether or not a
            // confirmation link goes out: someone with the password asked.
            accountEvents.happened(user.id(), ActivityKind.EMAIL_CHANGE_REQUESTED, now, command.client(), null,
                    new AccountMail.EmailChangeRequested(user.id(), user.email(), now, device,
                            command.client().clientIp(), newEmail));
            if (free) {
                accountEvents.notice(new AccountMail.EmailChangeLink(user.id(), newEmail));
            }
        });
    }
}
