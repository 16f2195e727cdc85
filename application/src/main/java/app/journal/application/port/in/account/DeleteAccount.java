package app.journal.application.port.in.account;

import app.journal.domain.session.SessionId;
import app.journal.domain.user.UserId;
import org.jspecify.annotations.Nullable;
import app.journal.application.port.in.ClientInfo;
import app.journal.application.port.in.RateLimitedException;
import app.journal.application.port.in.mfa.ReauthenticationRequiredException;
import app.journal.application.port.in.CurrentPasswordIncorrectException;

/**
 * Deletes the account with everything it owns (sessions, entries, activity, queued mail), after the
 * current password; a final notice goes to the former address.
 */
public interface DeleteAccount {

    /**
     * @throws CurrentPasswordIncorrectException when {@code currentPassword} is wrong
     * @throws ReauthenticationRequiredException when the session is not confirmed and a current password
     *     cannot stand in (none given, or two-step verification is on)
     * @throws RateLimitedException after too many attempts for this account
     */
    void delete(DeleteAccountCommand command);

    /** @param session the caller's session: a confirmed one needs no {@code currentPassword} */
    record DeleteAccountCommand(UserId userId, SessionId session, @Nullable String currentPassword, ClientInfo client) {

        @Override
        public String toString() {
            return "DeleteAccountCommand[userId=" + userId + ", redacted]";
        }
    }
}
