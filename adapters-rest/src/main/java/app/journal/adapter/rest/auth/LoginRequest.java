package app.journal.adapter.rest.auth;

import org.jspecify.annotations.Nullable;

public record LoginRequest(@Nullable String email, @Nullable String password) {

    @Override
    public String toString() {
        return "LoginRequest[email=" + email + ", password=redacted]";
    }
}
