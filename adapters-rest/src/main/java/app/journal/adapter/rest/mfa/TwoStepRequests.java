package app.journal.adapter.rest.mfa;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** The request bodies of the two-step routes; none of them ever prints a secret. */
final class TwoStepRequests {

    private TwoStepRequests() {}

    /** "Confirm it's you": the password, and with two-step verification on, a code or a recovery code. */
    record ConfirmRequest(
            @Nullable String password,
            @Schema(description = "With two-step verification on: the app's 6-digit code") @Nullable String code,
            @Schema(description = "Instead of a code: a recovery code") @Nullable String recoveryCode) {
        @Override
        public String toString() {
            return "ConfirmRequest[redacted]";
        }
    }

    /** The first code from the app, which turns two-step verification on. */
    record EnableRequest(@Schema(description = "The 6-digit code the app shows now") @Nullable String code) {
        @Override
        public String toString() {
            return "EnableRequest[redacted]";
        }
    }
}
