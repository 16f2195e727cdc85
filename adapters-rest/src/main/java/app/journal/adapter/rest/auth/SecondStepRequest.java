package app.journal.adapter.rest.auth;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The second sign-in step: the token of the 202 answer to the sign-in, and either the authenticator app's
 * code or a recovery code. {@code transport} as at sign-in.
 */
record SecondStepRequest(
        @Schema(description = "The secondStepToken of the sign-in's 202 answer") @Nullable String secondStepToken,
        @Schema(description = "The 6-digit code from the authenticator app; spaces are ignored", example = "123 456")
        @Nullable String code,
        @Schema(description = "Instead of a code: one of the recovery codes", example = "abcd-efgh-jkmn")
        @Nullable String recoveryCode,
        @Schema(description = "Skip this step on this browser for 30 days (an HttpOnly cookie)")
        @Nullable Boolean trustBrowser,
        @Schema(description = "body (default) or cookie, as at sign-in") @Nullable String transport) {

    @Override
    public String toString() {
        return "SecondStepRequest[redacted]";
    }
}
