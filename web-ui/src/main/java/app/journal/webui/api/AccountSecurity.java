package app.journal.webui.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import app.journal.webui.api.account.SecurityOverview;
import app.journal.webui.api.account.TwoStepSetup;

/**
 * Two-step verification, recovery codes, trusted browsers and "confirm it's you" as the web UI asks the API
 * for them. Obtained from {@link JournalApiClient#security()}. The changes that need a fresh confirmation
 * throw {@link ReauthenticationRequired}; the web UI confirms ({@link #confirm}) and tries them again.
 */
public final class AccountSecurity {

    private final AccountEndpoints account;
    private final Clock clock;

    AccountSecurity(AccountEndpoints account, Clock clock) {
        this.account = Objects.requireNonNull(account, "account");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** {@code GET /api/me/security}. */
    public SecurityOverview overview() {
        return ApiCalls.required(ApiCalls.call(account::security));
    }

    /**
     * Confirms it is the account holder on this session ({@code POST /api/me/confirm}).
     *
     * @param code         the authenticator app's code, when two-step verification is on (or {@code null})
     * @param recoveryCode a recovery code instead of the code (or {@code null})
     * @return until when this session counts as confirmed
     * @throws ApiProblemException {@link ApiProblemException#CURRENT_PASSWORD_INCORRECT},
     *                             {@link ApiProblemException#SECOND_STEP_FAILED}, {@code 429}, ...
     */
    public @Nullable Instant confirm(String password, @Nullable String code, @Nullable String recoveryCode) {
        Objects.requireNonNull(password, "password");
        AuthRequests.Confirm proof = new AuthRequests.Confirm(password, blankToNull(code), blankToNull(recoveryCode));
        return ApiCalls.required(ApiCalls.call(() -> account.confirm(proof))).confirmedUntil();
    }

    /**
     * Checks, before something that cannot be retried once started (a download), that this session is
     * confirmed for at least {@code margin} more: throws {@link ReauthenticationRequired} otherwise, with
     * the methods the account needs (the password, and the code when two-step verification is on; or a
     * passkey when it has one).
     */
    public void requireConfirmed(Duration margin) {
        SecurityOverview now = overview();
        Instant until = now.confirmedUntil();
        if (until == null || until.isBefore(clock.instant().plus(margin))) {
            List<String> methods = new ArrayList<>(List.of(ReauthenticationRequired.PASSWORD));
            if (now.twoStep().enabled()) {
                methods.add(ReauthenticationRequired.TOTP);
            }
            if (now.passkeys() > 0) {
                methods.add(ReauthenticationRequired.PASSKEY);
            }
            throw new ReauthenticationRequired(null, null, methods);
        }
    }

    /** Starts (or restarts) an enrolment ({@code POST /api/me/two-step/setup}); two-step verification stays off. */
    public TwoStepSetup setUpTwoStep() {
        TwoStepAnswers.Setup answer = ApiCalls.required(ApiCalls.call(account::setUpTwoStep));
        if (answer.secret() == null || answer.secret().isBlank() || answer.otpauthUri() == null) {
            throw new ApiProblemException(502, "Bad answer from the journal service",
                    "The journal service started the set-up but sent no key.");
        }
        return new TwoStepSetup(answer.secret(), answer.otpauthUri());
    }

    /**
     * Turns two-step verification on with the first code of the app ({@code POST /api/me/two-step/enable}).
     *
     * @return the recovery codes, shown once
     * @throws ApiProblemException {@link ApiProblemException#SECOND_STEP_FAILED},
     *                             {@link ApiProblemException#TWO_STEP_SETUP_REQUIRED}, ...
     */
    public List<String> enableTwoStep(String code) {
        Objects.requireNonNull(code, "code");
        return codes(ApiCalls.call(() -> account.enableTwoStep(new AuthRequests.Code(code.strip()))));
    }

    /** {@code POST /api/me/two-step/disable}. */
    public void disableTwoStep() {
        ApiCalls.run(account::disableTwoStep);
    }

    /** A new set of recovery codes; the old set stops working ({@code POST /api/me/two-step/recovery-codes}). */
    public List<String> newRecoveryCodes() {
        return codes(ApiCalls.call(account::newRecoveryCodes));
    }

    /** {@code DELETE /api/me/trusted-browsers/{id}}: that browser asks for the second step again. */
    public void removeTrustedBrowser(UUID id) {
        Objects.requireNonNull(id, "id");
        ApiCalls.run(() -> account.removeTrustedBrowser(id));
    }

    private static List<String> codes(TwoStepAnswers.@Nullable RecoveryCodes answer) {
        if (answer == null || answer.recoveryCodes() == null || answer.recoveryCodes().isEmpty()) {
            throw new ApiProblemException(502, "Bad answer from the journal service",
                    "The journal service sent no recovery codes.");
        }
        return List.copyOf(answer.recoveryCodes());
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
