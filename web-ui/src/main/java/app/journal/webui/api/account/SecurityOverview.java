package app.journal.webui.api.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /api/me/security}: two-step verification, this session's confirmation window, and the
 * browsers trusted to skip the second step.
 *
 * @param confirmedUntil until when this session counts as confirmed ("confirm it's you"); {@code null} when not
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SecurityOverview(TwoStepState twoStep, @Nullable Instant confirmedUntil,
        List<TrustedBrowser> trustedBrowsers) {

    public SecurityOverview {
        twoStep = twoStep == null ? new TwoStepState(false, null, 0) : twoStep;
        trustedBrowsers = trustedBrowsers == null ? List.of() : List.copyOf(trustedBrowsers);
    }

    /** @param enabledAt since when it is on; {@code null} while off */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TwoStepState(boolean enabled, @Nullable Instant enabledAt, int recoveryCodesLeft) {
    }

    /** @param current whether it is the browser asking */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TrustedBrowser(UUID id, @Nullable String device, @Nullable Instant createdAt,
            @Nullable Instant expiresAt, boolean current) {
    }
}
