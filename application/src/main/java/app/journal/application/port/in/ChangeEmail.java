package app.journal.application.port.in;

import app.journal.domain.user.UserId;
import org.jspecify.annotations.Nullable;

/**
 * Asks to move the account to another address: a confirmation link goes to the new address when it is
 * free, and nothing changes until it is opened ({@link ConfirmEmailChange}). Free, taken or the same as
 * now: the caller gets the same answer, and the owner of a taken address gets nothing.
 */
public interface ChangeEmail {

    /**
     * @throws CurrentPasswordIncorrectException when {@code currentPassword} is wrong
     * @throws app.journal.domain.InvalidValueException for a malformed address (field {@code newEmail})
     * @throws RateLimitedException after too many attempts for this account
     */
    void request(ChangeEmailCommand command);

    record ChangeEmailCommand(UserId userId, @Nullable String currentPassword, @Nullable String newEmail,
            ClientInfo client) {

        @Override
        public String toString() {
            return "ChangeEmailCommand[userId=" + userId + ", newEmail=" + newEmail + ", password=redacted]";
        }
    }
}
