package app.journal.adapter.rest.mfa;

import app.journal.application.port.in.mfa.ManageTwoStep;
import app.journal.application.port.out.TrustedBrowsers.TrustedBrowser;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The answers of the two-step routes. */
final class TwoStepResponses {

    private TwoStepResponses() {}

    record SecurityResponse(TwoStep twoStep,
            @Schema(description = "Until when this session may make sensitive changes without confirming again",
                    nullable = true) @Nullable Instant confirmedUntil,
            List<Browser> trustedBrowsers,
            @Schema(description = "How many passkeys the account has (GET /api/me/passkeys lists them)") int passkeys) {

        static SecurityResponse of(ManageTwoStep.Status status, int passkeys) {
            return new SecurityResponse(new TwoStep(status.enabled(), status.enabledAt(), status.recoveryCodesLeft()),
                    status.confirmedUntil(), status.trustedBrowsers().stream()
                            .map(b -> Browser.of(b, b.id().equals(status.currentBrowser()))).toList(), passkeys);
        }
    }

    record TwoStep(boolean enabled, @Nullable Instant enabledAt, int recoveryCodesLeft) {}

    record Browser(UUID id, String device, Instant createdAt, Instant expiresAt,
            @Schema(description = "This is the browser that asked") boolean current) {
        static Browser of(TrustedBrowser browser, boolean current) {
            return new Browser(browser.id(), browser.device(), browser.createdAt(), browser.expiresAt(), current);
        }
    }

    record SetupResponse(
            @Schema(description = "The key as text (base32), for typing into the app") String secret,
            @Schema(description = "The same key as an otpauth URI, for a QR code") String otpauthUri) {
        @Override
        public String toString() {
            return "SetupResponse[redacted]";
        }
    }

    record RecoveryCodesResponse(
            @Schema(description = "Shown this once; each works once") List<String> recoveryCodes) {
        @Override
        public String toString() {
            return "RecoveryCodesResponse[redacted]";
        }
    }

    record ConfirmedResponse(Instant confirmedUntil) {}
}
