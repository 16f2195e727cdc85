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

    record Email(String email) {
    }

    record VerificationToken(String token) {
        @Override
        public String toString() {
            return "VerificationToken[<hidden>]";
        }
    }

    record RefreshToken(String refreshToken) {
        @Override
        public String toString() {
            return "RefreshToken[<hidden>]";
        }
    }
}
