package app.journal.application.port.in.account;

import app.journal.application.port.in.RateLimitedException;

public interface VerifyEmail {

    /** @throws RateLimitedException when this client tries too many links */
    Outcome verify(VerifyEmailCommand command);

    /** @param userAgent of the client that opened the link, for the activity record */
    record VerifyEmailCommand(String token, String clientKey, @org.jspecify.annotations.Nullable String userAgent) {

        public VerifyEmailCommand(String token, String clientKey) {
            this(token, clientKey, null);
        }

        @Override
        public String toString() {
            return "VerifyEmailCommand[redacted]";
        }
    }

    enum Outcome {
        VERIFIED,
        /** The link was used before (links are single use). */
        ALREADY_USED,
        /** Expired, tampered with, not ours, or for an account that no longer has that address. */
        INVALID
    }
}
