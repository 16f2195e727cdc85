/**
 * Sends account mail: {@link app.journal.adapter.mail.SmtpMailSender} over SMTP (Spring's
 * {@code JavaMailSender}), or {@link app.journal.adapter.mail.LoggingMailSender} into the log when no
 * SMTP server is configured (development only). What a mail says is decided in the application; here
 * it is only laid out ({@link app.journal.adapter.mail.MailLayout}) and sent.
 */
@NullMarked
package app.journal.adapter.mail;

import org.jspecify.annotations.NullMarked;
