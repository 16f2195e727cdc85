package app.journal.webui.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The JSON bodies the client sends to {@code /api/auth/**}; none of them prints a secret. */
final class AuthRequests {

    private AuthRequests() {
    }

    record Credentials(String email, String password) {
        @Override
        public String toString() {
            return "Credentials[email=" + email + ", password=<hidden>]";
        }
    }

    /**
     * A sign-in that asks for the refresh token in a cookie ({@code transport}) and says whether the
     * cookie should outlive the browser session ({@code rememberMe}).
     */
    record LogIn(String email, String password, String transport, boolean rememberMe) {
        @Override
        public String toString() {
            return "LogIn[email=" + email + ", password=<hidden>, transport=" + transport + ", rememberMe="
                    + rememberMe + "]";
        }
    }

    record Email(String email) {
    }

    record VerificationToken(String token) {
        @Override
        public String toString() {
            return "VerificationToken[<hidden>]";
        }
    }

    /** A new password for the account of a reset link ({@code POST /api/auth/reset-password}). */
    record PasswordReset(String token, String password) {
        @Override
        public String toString() {
            return "PasswordReset[token=<hidden>, password=<hidden>]";
        }
    }

    /** {@code POST /api/me/password}. */
    record PasswordChange(String currentPassword, String newPassword) {
        @Override
        public String toString() {
            return "PasswordChange[<hidden>]";
        }
    }

    /** {@code POST /api/me/email}. */
    record EmailChange(String currentPassword, String newEmail) {
        @Override
        public String toString() {
            return "EmailChange[currentPassword=<hidden>, newEmail=" + newEmail + "]";
        }
    }

    /** What proves it is the account holder at the keyboard ({@code DELETE /api/me}). */
    record CurrentPassword(String currentPassword) {
        @Override
        public String toString() {
            return "CurrentPassword[<hidden>]";
        }
    }

    /** {@code POST /api/auth/second-step}: the pending sign-in and a code or a recovery code (one of them). */
    record SecondStep(String secondStepToken, @Nullable String code, @Nullable String recoveryCode,
            boolean trustBrowser) {
        @Override
        public String toString() {
            return "SecondStep[<hidden>, trustBrowser=" + trustBrowser + "]";
        }
    }

    /** {@code POST /api/me/confirm}: the password, and the code or a recovery code when two-step verification is on. */
    record Confirm(String password, @Nullable String code, @Nullable String recoveryCode) {
        @Override
        public String toString() {
            return "Confirm[<hidden>]";
        }
    }

    /** {@code POST /api/me/two-step/enable}. */
    record Code(String code) {
        @Override
        public String toString() {
            return "Code[<hidden>]";
        }
    }

    /**
     * {@code POST /api/auth/passkey}: the ceremony and the browser's {@code PublicKeyCredential.toJSON()},
     * passed through as it came; the cookie transport and "keep me signed in" as at {@code /api/auth/login}.
     */
    record PasskeySignIn(String ceremonyId, JsonNode credential, String transport, boolean rememberMe) {
        @Override
        public String toString() {
            return "PasskeySignIn[<hidden>, transport=" + transport + ", rememberMe=" + rememberMe + "]";
        }
    }

    /** {@code POST /api/me/passkeys}: a new passkey, named by the person or ({@code null}) after the device. */
    record PasskeyRegistration(String ceremonyId, JsonNode credential, @Nullable String name) {
        @Override
        public String toString() {
            return "PasskeyRegistration[<hidden>, name=" + name + "]";
        }
    }

    /** {@code POST /api/me/confirm/passkey}. */
    record PasskeyProof(String ceremonyId, JsonNode credential) {
        @Override
        public String toString() {
            return "PasskeyProof[<hidden>]";
        }
    }

    /** {@code PATCH /api/me/passkeys/{id}}. */
    record PasskeyName(String name) {
    }

    /** {@code POST /api/admin/users/{id}/sign-out}: one device ({@code sessionId}) or, without it, every one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AdminSignOut(@Nullable UUID sessionId, @Nullable String reason) {
    }

    /** {@code POST /api/admin/users/{id}/disable}. */
    record AdminReason(String reason) {
    }

    /** {@code DELETE /api/admin/users/{id}}: the account's address, typed again. */
    record AdminDeleteConfirmation(String confirmEmail) {
    }
}
