package app.journal.adapter.rest.auth;

import org.jspecify.annotations.Nullable;

public record RefreshRequest(@Nullable String refreshToken) {

    @Override
    public String toString() {
        return "RefreshRequest[redacted]";
    }
}
