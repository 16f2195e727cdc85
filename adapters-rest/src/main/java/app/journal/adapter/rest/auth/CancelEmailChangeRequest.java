package app.journal.adapter.rest.auth;

import org.jspecify.annotations.Nullable;

public record CancelEmailChangeRequest(@Nullable String token) {

    @Override
    public String toString() {
        return "CancelEmailChangeRequest[redacted]";
    }
}
