package app.journal.adapter.rest.auth;

import app.journal.application.port.in.session.SignInResult.SecondStepRequired;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** The 202 answer to a right password of an account with two-step verification: no session yet. */
record SecondStepResponse(
        boolean secondStepRequired,
        @Schema(description = "Send it to POST /api/auth/second-step with the code; it works once") String secondStepToken,
        @Schema(description = "What the second step accepts: totp, recovery_code") List<String> methods,
        Instant expiresAt) {

    /**
     * The token handed out names the refresh-token transport chosen at sign-in ({@code cookie.<secret>}), so the
     * second step answers in the same one without the client saying it again; only the secret's hash is stored.
     */
    static SecondStepResponse of(SecondStepRequired required, String transport) {
        return new SecondStepResponse(true, transport + "." + required.token(), required.methods(),
                required.expiresAt());
    }

    @Override
    public String toString() {
        return "SecondStepResponse[redacted]";
    }
}
