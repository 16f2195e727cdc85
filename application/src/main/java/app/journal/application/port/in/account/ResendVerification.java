package app.journal.application.port.in.account;

import org.jspecify.annotations.Nullable;

public interface ResendVerification {

    /** Sends a fresh link if the address belongs to an unverified account; the caller cannot tell. */
    void resend(ResendVerificationCommand command);

    record ResendVerificationCommand(@Nullable String email, String clientKey) {}
}
