package app.journal.application.port.out;

/** Hands a finished mail to the mail system (SMTP, or the log in development). */
public interface MailSender {

    /**
     * Sends {@code mail} now.
     *
     * @throws RuntimeException when the mail system could not be reached or refused the mail; the
     *     exception never carries the mail's link
     */
    void send(OutgoingMail mail);
}
