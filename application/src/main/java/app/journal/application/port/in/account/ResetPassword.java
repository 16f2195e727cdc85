package app.journal.application.port.in.account;

import org.jspecify.annotations.Nullable;
import app.journal.application.port.in.RateLimitedException;

/** Sets a new password through a mailed reset link (single use, short-lived). */
public interface ResetPassword {

    /**
     * @throws app.journal.domain.InvalidValueException when the new password breaks the policy (field
     *     {@code password}); the link is not spent then
     * @throws RateLimitedException when this client tries too many links
     */
    Outcome reset(ResetPasswordCommand command);

    record ResetPasswordCommand(@Nullable String token, @Nullable String password, String clientKey,
            @Nullable String userAgent) {

        @Override
        public String toString() {
            return "ResetPasswordCommand[redacted]";
        }
    }

    enum Outcome {
        /** The password is set, every session of the account is signed out; nobody is signed in. */
        RESET,
        /** Used, expired, superseded by a newer link, tampered with, or unknown: one answer for all. */
        INVALID_LINK
    }
}
