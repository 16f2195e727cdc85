package app.journal.adapter.mail;

/**
 * The SMTP server could not be reached or refused the mail. The message names the recipient only in
 * masked form and never carries the verification link.
 */
public final class MailDeliveryException extends RuntimeException {

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
