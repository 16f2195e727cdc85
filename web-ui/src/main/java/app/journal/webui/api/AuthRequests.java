package app.journal.webui.api;

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
}
