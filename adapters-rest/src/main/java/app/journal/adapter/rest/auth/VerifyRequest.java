package app.journal.adapter.rest.auth;

import org.jspecify.annotations.Nullable;

public record VerifyRequest(@Nullable String token) {

    @Override
    public String toString() {
        return "VerifyRequest[redacted]";
    }
}
