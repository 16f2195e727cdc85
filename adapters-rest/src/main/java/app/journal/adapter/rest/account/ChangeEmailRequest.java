package app.journal.adapter.rest.account;

import org.jspecify.annotations.Nullable;

public record ChangeEmailRequest(@Nullable String currentPassword, @Nullable String newEmail) {

    @Override
    public String toString() {
        return "ChangeEmailRequest[newEmail=" + newEmail + ", currentPassword=redacted]";
    }
}
