package app.journal.application.port.in.account;

import org.jspecify.annotations.Nullable;
import app.journal.application.port.in.RateLimitedException;

/**
 * Opens the "this was not me" link mailed to the current address when a change of address is asked
 * for: the pending change is voided (its confirmation link fails from now on) and it is recorded.
 */
public interface CancelEmailChange {

    /** @throws RateLimitedException when this client tries too many links (the verify budget) */
    Outcome cancel(CancelEmailChangeCommand command);

    record CancelEmailChangeCommand(@Nullable String token, String clientKey, @Nullable String userAgent) {

        @Override
        public String toString() {
            return "CancelEmailChangeCommand[redacted]";
        }
    }

    enum Outcome {
        CANCELLED,
        /** Used, expired, superseded, tampered with, unknown, or the account no longer uses that address. */
        INVALID_LINK
    }
}
