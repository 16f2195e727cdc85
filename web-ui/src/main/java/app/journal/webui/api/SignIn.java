package app.journal.webui.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** What came of a correct password at {@code POST /api/auth/login} ({@link JournalApiClient#logIn}). */
public sealed interface SignIn permits SignIn.SignedIn, SignIn.SecondStepNeeded {

    /** Signed in: the tokens are kept for this browser session. */
    record SignedIn(SessionCredentials.Account account) implements SignIn {
    }

    /**
     * The password was right and the account has two-step verification on: nothing is signed in yet. The
     * {@code token} names this pending sign-in at {@code POST /api/auth/second-step}; keep it on the server.
     *
     * @param methods what the second step accepts, for example {@code totp} and {@code recovery_code}
     */
    record SecondStepNeeded(String token, List<String> methods, Instant expiresAt) implements SignIn {

        public SecondStepNeeded {
            Objects.requireNonNull(token, "token");
            methods = List.copyOf(methods);
            Objects.requireNonNull(expiresAt, "expiresAt");
        }

        @Override
        public String toString() {
            return "SecondStepNeeded[token=<hidden>, methods=" + methods + ", expiresAt=" + expiresAt + "]";
        }
    }
}
