package app.journal.application.port.in.account;

import app.journal.domain.user.EmailAddress;
import org.jspecify.annotations.Nullable;
import app.journal.application.port.in.RateLimitedException;

/** Opens an email-change link: the account moves to the new address, and the old one is told. */
public interface ConfirmEmailChange {

    /** @throws RateLimitedException when this client tries too many links (the verify budget) */
    Outcome confirm(ConfirmEmailChangeCommand command);

    record ConfirmEmailChangeCommand(@Nullable String token, String clientKey, @Nullable String userAgent) {

        @Override
        public String toString() {
            return "ConfirmEmailChangeCommand[redacted]";
        }
    }

    sealed interface Outcome {
        record Changed(EmailAddress email) implements Outcome {}

        /** Used, expired, superseded, tampered with or unknown. */
        record InvalidLink() implements Outcome {}

        /** Another account took the address in the meantime; the link stays usable should it free up. */
        record Taken() implements Outcome {}
    }
}
