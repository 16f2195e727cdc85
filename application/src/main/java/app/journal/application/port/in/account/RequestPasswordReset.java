package app.journal.application.port.in.account;

import org.jspecify.annotations.Nullable;
import app.journal.application.port.in.RateLimitedException;

/** "Forgot your password?": one answer whatever the address, the same work for an unknown one. */
public interface RequestPasswordReset {

    /**
     * Queues a reset link to the address if it has a usable account, and otherwise a row that is
     * dropped at delivery: the caller cannot tell which.
     *
     * @throws app.journal.domain.InvalidValueException for a malformed address
     * @throws RateLimitedException when this client, or this address, asks too often
     */
    void request(RequestPasswordResetCommand command);

    record RequestPasswordResetCommand(@Nullable String email, String clientKey) {}
}
