package app.journal.application.port.out;

import app.journal.domain.user.UserId;
import java.util.Set;

/**
 * Queues account mail durably. {@link #queue} joins the caller's unit of work: the mail is stored with
 * the change that causes it (or not at all), and delivered later, once, with retries, whichever node
 * picks it up.
 */
public interface AccountMailer {

    void queue(AccountMail mail);

    /**
     * Takes back the account's mails of these kinds that are still waiting (claimed ones included), so
     * they are never delivered and never mint their link; returns how many. Joins the caller's unit of
     * work. A delivery that already holds one of them ({@link AccountMailOutbox#hold}) finishes first.
     */
    int withdraw(UserId userId, Set<AccountMailKind> kinds);
}
