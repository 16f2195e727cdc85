package app.journal.adapter.rest.auth;

import org.jspecify.annotations.Nullable;

public record ResetPasswordRequest(@Nullable String token, @Nullable String password) {

    @Override
    public String toString() {
        return "ResetPasswordRequest[redacted]";
    }
}
