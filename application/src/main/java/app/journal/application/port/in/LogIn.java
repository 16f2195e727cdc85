package app.journal.application.port.in;

import app.journal.domain.session.UserSession;
import app.journal.domain.user.User;
import org.jspecify.annotations.Nullable;

public interface LogIn {

    /**
     * @throws LoginFailedException for every kind of "no" (unknown, wrong password, unverified, disabled)
     * @throws RateLimitedException when this client or account tries too often
     */
    LoggedIn logIn(LogInCommand command);

    record LogInCommand(
            @Nullable String email, @Nullable String password, String clientKey, @Nullable String userAgent,
            @Nullable String clientIp) {

        @Override
        public String toString() {
            return "LogInCommand[email=" + email + ", password=redacted]";
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
