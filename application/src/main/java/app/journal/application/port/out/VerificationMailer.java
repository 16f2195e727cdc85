package app.journal.application.port.out;

import app.journal.domain.user.EmailAddress;
import java.net.URI;

public interface VerificationMailer {

    /** Sends the "confirm your email" message with its link. */
    void sendVerification(EmailAddress to, URI link);
}
