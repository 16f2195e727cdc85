package app.journal.application.port.in;

import app.journal.domain.session.SessionPersistence;
import app.journal.domain.session.UserSession;
import app.journal.domain.user.User;
import org.jspecify.annotations.Nullable;

public interface LogIn {

    /**
     * @throws LoginFailedException for every kind of "no" (unknown, wrong password, unverified, disabled)
     * @throws RateLimitedException when this client or account tries too often
     */
    LoggedIn logIn(LogInCommand command);

    /**
     * @param persistence whether the person asked to stay signed in past the browser's life; it decides
     *     the session's absolute lifetime ({@code SessionPolicy#lifetimeOf})
     */
    record LogInCommand(
            @Nullable String email, @Nullable String password, String clientKey, @Nullable String userAgent,
            @Nullable String clientIp, SessionPersistence persistence) {

        public LogInCommand {
            java.util.Objects.requireNonNull(persistence, "persistence");
        }

        @Override
        public String toString() {
            return "LogInCommand[email=" + email + ", password=redacted, persistence=" + persistence + "]";
        }
    }

    record LoggedIn(User user, UserSession session) {}

    /** Deliberately says nothing about why. */
    final class LoginFailedException extends RuntimeException {
        public LoginFailedException() {
            super("Login failed");
        }
    }
}
