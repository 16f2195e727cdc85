package app.journal.application.port.in;

import app.journal.domain.user.UserId;
import org.jspecify.annotations.Nullable;

/**
 * Deletes the account with everything it owns (sessions, entries, activity, queued mail), after the
 * current password; a final notice goes to the former address.
 */
public interface DeleteAccount {

    /**
     * @throws CurrentPasswordIncorrectException when {@code currentPassword} is wrong
     * @throws RateLimitedException after too many attempts for this account
     */
    void delete(DeleteAccountCommand command);

    record DeleteAccountCommand(UserId userId, @Nullable String currentPassword, ClientInfo client) {

        @Override
        public String toString() {
            return "DeleteAccountCommand[userId=" + userId + ", redacted]";
        }
    }
}
