package app.journal.adapter.rest.account;

import org.jspecify.annotations.Nullable;

public record ChangePasswordRequest(@Nullable String currentPassword, @Nullable String newPassword) {

    @Override
    public String toString() {
        return "ChangePasswordRequest[redacted]";
    }
}
