package app.journal.application.port.in.account;

import app.journal.domain.session.SessionId;
import app.journal.domain.user.UserId;
import org.jspecify.annotations.Nullable;
import app.journal.application.port.in.ClientInfo;
import app.journal.application.port.in.RateLimitedException;
import app.journal.application.port.in.mfa.ReauthenticationRequiredException;
import app.journal.application.port.in.CurrentPasswordIncorrectException;

/** Changes the password while signed in: every other session ends, this one stays. */
public interface ChangePassword {

    /**
     * @return how many other sessions were signed out
     * @throws CurrentPasswordIncorrectException when {@code currentPassword} is wrong
     * @throws ReauthenticationRequiredException when the session is not confirmed and a current password
     *     cannot stand in (none given, or two-step verification is on)
     * @throws app.journal.domain.InvalidValueException when the new one breaks the policy (field {@code newPassword})
     * @throws RateLimitedException after too many attempts for this account
     */
    int change(ChangePasswordCommand command);

    record ChangePasswordCommand(UserId userId, SessionId current, @Nullable String currentPassword,
            @Nullable String newPassword, ClientInfo client) {

        @Override
        public String toString() {
            return "ChangePasswordCommand[userId=" + userId + ", redacted]";
        }
    }
}
