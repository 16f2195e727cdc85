package app.journal.webui.api;

import java.util.Objects;

/** What came of a passkey at {@code POST /api/auth/passkey} ({@link JournalApiClient#signInWithPasskey}). */
public sealed interface PasskeySignIn permits PasskeySignIn.SignedIn, PasskeySignIn.Refused {

    /** Signed in, exactly as after a password: the tokens are kept for this browser session. */
    record SignedIn(SessionCredentials.Account account) implements PasskeySignIn {
    }

    /**
     * The API did not accept the passkey ({@link ApiProblemException#PASSKEY_FAILED}: unknown, another
     * site's, no user verification, an expired or used ceremony): nothing is signed in.
     *
     * @param message the API's words for the person
     */
    record Refused(String message) implements PasskeySignIn {
        public Refused {
            Objects.requireNonNull(message, "message");
        }
    }
}
