package app.journal.application.port.in.account;

import org.jspecify.annotations.Nullable;
import app.journal.application.port.in.RateLimitedException;

public interface RegisterUser {

    /**
     * Registers the address, or quietly does nothing new if it is taken: the caller cannot tell which.
     *
     * @throws app.journal.domain.InvalidValueException for a malformed email or an unacceptable password
     * @throws RateLimitedException when this client registers too often
     */
    void register(RegisterUserCommand command);

    record RegisterUserCommand(@Nullable String email, @Nullable String password, String clientKey) {

        @Override
        public String toString() {
            return "RegisterUserCommand[email=" + email + ", password=redacted]";
        }
    }
}
