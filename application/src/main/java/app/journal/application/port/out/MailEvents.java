package app.journal.application.port.out;

/** What operators count about account mail, per kind. */
public interface MailEvents {

    /** A mail was stored in the outbox (counted once its transaction commits). */
    void queued(AccountMailKind kind);

    void sent(AccountMailKind kind);

    /** One attempt failed; the mail is retried later unless it was the last attempt. */
    void failed(AccountMailKind kind);

    /** Given up after the last attempt: this mail will never arrive. */
    void undeliverable(AccountMailKind kind);
}
