package app.journal.application.port.in.mfa;

import app.journal.domain.session.SessionId;
import app.journal.domain.user.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import app.journal.application.port.in.ClientInfo;
import app.journal.application.port.in.CurrentPasswordIncorrectException;
import app.journal.application.port.in.RateLimitedException;
import app.journal.application.port.in.session.SecondStepFailedException;

/**
 * "Confirm it's you": the person proves it again with their strongest factors (the password, and the code
 * when two-step verification is on), and this session is trusted for sensitive changes for a short window.
 *
 * @see "docs/decisions/0016-confirm-its-you.md"
 */
public interface ConfirmIdentity {

    /**
     * @return until when this session counts as confirmed
     * @throws CurrentPasswordIncorrectException when the password is wrong
     * @throws SecondStepFailedException when two-step verification is on and the code is missing or wrong
     * @throws RateLimitedException when the account tries too often
     */
    Instant confirm(ConfirmIdentityCommand command);

    record ConfirmIdentityCommand(UserId userId, SessionId sessionId, @Nullable String password,
            @Nullable String code, @Nullable String recoveryCode, ClientInfo client) {

        @Override
        public String toString() {
            return "ConfirmIdentityCommand[userId=" + userId + ", sessionId=" + sessionId + ", secrets=redacted]";
        }
    }
}
