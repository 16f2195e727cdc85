package app.journal.bootstrap;

import app.journal.application.port.out.VerificationMailer;
import app.journal.domain.user.EmailAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands mails to a small bounded queue so that no HTTP answer waits on SMTP: registration takes as
 * long for a taken address (no mail) as for a new one (a mail), and a slow mail server cannot stall
 * the API. A full queue drops the mail with a warning; resend exists.
 */
final class AsyncVerificationMailer implements VerificationMailer {

    private static final Logger log = LoggerFactory.getLogger(AsyncVerificationMailer.class);

    private final VerificationMailer delegate;
    private final ExecutorService executor;

    AsyncVerificationMailer(VerificationMailer delegate, ExecutorService executor) {
        this.delegate = delegate;
        this.executor = executor;
    }

    @Override
    public void sendVerification(EmailAddress to, URI link) {
        try {
            executor.execute(() -> {
                try {
                    delegate.sendVerification(to, link);
                } catch (RuntimeException e) {
                    log.warn("Verification mail could not be sent: {}", e.getClass().getSimpleName());
                }
            });
        } catch (RejectedExecutionException full) {
            log.warn("Verification mail dropped: the mail queue is full");
        }
    }
}
