package app.journal.application.port.in.account;

import app.journal.domain.session.SessionId;
import app.journal.domain.user.UserId;
import org.jspecify.annotations.Nullable;
import app.journal.application.port.in.ClientInfo;
import app.journal.application.port.in.RateLimitedException;
import app.journal.application.port.in.mfa.ReauthenticationRequiredException;
import app.journal.application.port.in.CurrentPasswordIncorrectException;

/**
 * Asks to move the account to another address: a confirmation link goes to the new address when it is
 * free, and nothing changes until it is opened ({@link ConfirmEmailChange}). Free, taken or the same as
 * now: the caller gets the same answer, and the owner of a taken address gets nothing.
 */
public interface ChangeEmail {

    /**
     * @throws CurrentPasswordIncorrectException when {@code currentPassword} is wrong
     * @throws ReauthenticationRequiredException when the session is not confirmed and a current password
     *     cannot stand in (none given, or two-step verification is on)
     * @throws app.journal.domain.InvalidValueException for a malformed address (field {@code newEmail})
     * @throws RateLimitedException after too many attempts for this account
     */
    void request(ChangeEmailCommand command);

    /** @param session the caller's session: a confirmed one needs no {@code currentPassword} */
    record ChangeEmailCommand(UserId userId, SessionId session, @Nullable String currentPassword, @Nullable String newEmail,
            ClientInfo client) {

        @Override
        public String toString() {
            return "ChangeEmailCommand[userId=" + userId + ", newEmail=" + newEmail + ", password=redacted]";
        }
    }
}
