package app.journal.webui.api.account;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /api/me/security}: two-step verification, this session's confirmation window, the
 * browsers trusted to skip the second step, and how many passkeys the account has.
 *
 * @param confirmedUntil until when this session counts as confirmed ("confirm it's you"); {@code null} when not
 * @param passkeys       how many passkeys the account has (0 when the API does not say)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SecurityOverview(TwoStepState twoStep, @Nullable Instant confirmedUntil,
        List<TrustedBrowser> trustedBrowsers, int passkeys) {

    public SecurityOverview {
        twoStep = twoStep == null ? new TwoStepState(false, null, 0) : twoStep;
        trustedBrowsers = trustedBrowsers == null ? List.of() : List.copyOf(trustedBrowsers);
        passkeys = Math.max(0, passkeys);
    }

    /** From the API's JSON, where {@code passkeys} is missing before passkeys exist. */
    @JsonCreator
    static SecurityOverview fromJson(@JsonProperty("twoStep") @Nullable TwoStepState twoStep,
            @JsonProperty("confirmedUntil") @Nullable Instant confirmedUntil,
            @JsonProperty("trustedBrowsers") @Nullable List<TrustedBrowser> trustedBrowsers,
            @JsonProperty("passkeys") @Nullable Integer passkeys) {
        return new SecurityOverview(twoStep, confirmedUntil, trustedBrowsers, passkeys == null ? 0 : passkeys);
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
