package app.journal.bootstrap;

import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountMailKind;
import app.journal.application.port.out.AccountMailer;
import app.journal.application.port.out.MailEvents;
import app.journal.domain.user.UserId;
import java.util.Set;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues through the outbox and counts the mail as queued when it really is: after the caller's
 * transaction commits (a rolled-back change queued nothing), or at once when there is no transaction.
 */
final class CountingAccountMailer implements AccountMailer {

    private final AccountMailer outbox;
    private final MailEvents events;

    CountingAccountMailer(AccountMailer outbox, MailEvents events) {
        this.outbox = outbox;
        this.events = events;
    }

    @Override
    public void queue(AccountMail mail) {
        outbox.queue(mail);
        var kind = AccountMailKind.of(mail);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    events.queued(kind);
                }
            });
        } else {
            events.queued(kind);
        }
    }

    @Override
    public int withdraw(UserId userId, Set<AccountMailKind> kinds) {
        return outbox.withdraw(userId, kinds);
    }
}
