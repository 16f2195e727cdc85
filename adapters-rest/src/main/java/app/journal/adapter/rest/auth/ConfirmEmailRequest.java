package app.journal.adapter.rest.auth;

import org.jspecify.annotations.Nullable;

public record ConfirmEmailRequest(@Nullable String token) {

    @Override
    public String toString() {
        return "ConfirmEmailRequest[redacted]";
    }
}
