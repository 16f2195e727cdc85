package app.journal.application.port.in.account;

/** The background worker's use case: deliver the account mail that is due, on whichever node runs it. */
public interface DeliverAccountMail {

    /** Delivers (or reschedules) one batch of due mail. @return how many mails were attempted */
    int deliverDue();
}
