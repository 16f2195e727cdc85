package app.journal.application.port.in.session;

import org.jspecify.annotations.Nullable;
import app.journal.application.port.in.RateLimitedException;

/** The second sign-in step: the code from the authenticator app, or a recovery code. */
public interface CompleteSecondStep {

    /**
     * @return {@link SignInResult.SignedIn}, or {@link SignInResult.Refused} with {@code CODE} or
     *     {@code SECOND_STEP_EXPIRED}
     * @throws RateLimitedException when the account tries too often
     */
    SignInResult complete(CompleteSecondStepCommand command);

    record CompleteSecondStepCommand(@Nullable String token, @Nullable String code, @Nullable String recoveryCode,
            boolean trustBrowser, String clientKey, @Nullable String userAgent, @Nullable String clientIp) {

        @Override
        public String toString() {
            return "CompleteSecondStepCommand[token=redacted, code=redacted, recoveryCode=redacted, trustBrowser="
                    + trustBrowser + "]";
        }
    }
}
