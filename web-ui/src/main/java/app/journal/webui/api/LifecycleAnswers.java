package app.journal.webui.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** The JSON answers of the password and account lifecycle calls that carry a body. */
final class LifecycleAnswers {

    private LifecycleAnswers() {
    }

    /** {@code POST /api/me/password}: how many other sessions were signed out. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PasswordChanged(int signedOutOtherSessions) {
    }

    /** {@code POST /api/auth/confirm-email}: the account's address now. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record EmailChanged(@Nullable String status, @Nullable String email) {
    }

    /** {@code POST /api/auth/cancel-email-change}: {@code email_change_cancelled}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record EmailChangeCancelled(@Nullable String status) {
    }
}
