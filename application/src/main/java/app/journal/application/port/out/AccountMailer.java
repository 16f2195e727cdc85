package app.journal.application.port.out;

/**
 * Queues account mail durably. {@link #queue} joins the caller's unit of work: the mail is stored with
 * the change that causes it (or not at all), and delivered later, once, with retries, whichever node
 * picks it up.
 */
public interface AccountMailer {

    void queue(AccountMail mail);
}
