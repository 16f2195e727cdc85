package app.journal.adapter.rest.account;

import org.jspecify.annotations.Nullable;

public record DeleteAccountRequest(@Nullable String currentPassword) {

    @Override
    public String toString() {
        return "DeleteAccountRequest[redacted]";
    }
}
