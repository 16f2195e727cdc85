/**
 * Sends the "confirm your email" mail: {@link app.journal.adapter.mail.SmtpVerificationMailer} over
 * SMTP (Spring's {@code JavaMailSender}), or {@link app.journal.adapter.mail.LoggingVerificationMailer}
 * into the log when no SMTP server is configured (development only).
 */
@NullMarked
package app.journal.adapter.mail;

import org.jspecify.annotations.NullMarked;
