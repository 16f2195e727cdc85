package app.journal.adapter.rest.auth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * Extra fields ({@code roles}, {@code emailVerified}, ...) are ignored on purpose: a new account is
 * always an unverified {@code ["user"]}, whatever the body says.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegisterRequest(@Nullable String email, @Nullable String password) {

    @Override
    public String toString() {
        return "RegisterRequest[email=" + email + ", password=redacted]";
    }
}
