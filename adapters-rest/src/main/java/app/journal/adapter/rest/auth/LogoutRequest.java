package app.journal.adapter.rest.auth;

import org.jspecify.annotations.Nullable;

public record LogoutRequest(@Nullable String refreshToken) {

    @Override
    public String toString() {
        return "LogoutRequest[redacted]";
    }
}
