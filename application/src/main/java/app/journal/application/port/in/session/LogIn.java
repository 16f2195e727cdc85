package app.journal.application.port.in.session;

import app.journal.domain.session.SessionPersistence;
import org.jspecify.annotations.Nullable;
import app.journal.application.port.in.RateLimitedException;

public interface LogIn {

    /**
     * @return {@link SignInResult.SignedIn}; {@link SignInResult.SecondStepRequired} when the account has
     *     two-step verification on and the browser is not trusted; {@link SignInResult.Refused} with
     *     {@code CREDENTIALS} for every kind of "no" (unknown, wrong password, unverified, disabled)
     * @throws RateLimitedException when this client or account tries too often
     */
    SignInResult logIn(LogInCommand command);

    /**
     * @param persistence whether the person asked to stay signed in past the browser's life; it decides
     *     the session's absolute lifetime ({@code SessionPolicy#lifetimeOf})
     * @param trustToken the trusted-browser mark the browser showed, if any: it skips the second step
     */
    record LogInCommand(
            @Nullable String email, @Nullable String password, String clientKey, @Nullable String userAgent,
            @Nullable String clientIp, SessionPersistence persistence, @Nullable String trustToken) {

        public LogInCommand {
            java.util.Objects.requireNonNull(persistence, "persistence");
        }

        public LogInCommand(@Nullable String email, @Nullable String password, String clientKey,
                @Nullable String userAgent, @Nullable String clientIp, SessionPersistence persistence) {
            this(email, password, clientKey, userAgent, clientIp, persistence, null);
        }

        @Override
        public String toString() {
            return "LogInCommand[email=" + email + ", password=redacted, persistence=" + persistence + "]";
        }
    }

    /** Deliberately says nothing about why. For callers that want a refusal thrown (tests, tools). */
    final class LoginFailedException extends RuntimeException {
        public LoginFailedException() {
            super("Login failed");
        }
    }
}
