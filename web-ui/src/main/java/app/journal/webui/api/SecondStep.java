package app.journal.webui.api;


/** What came of the second sign-in step ({@link JournalApiClient#completeSecondStep}). */
public sealed interface SecondStep permits SecondStep.SignedIn, SecondStep.CodeRefused, SecondStep.Expired {

    /** The code was right: signed in, the tokens kept for this browser session. */
    record SignedIn(SessionCredentials.Account account) implements SecondStep {
    }

    /** {@code second-step-failed}: the code or recovery code did not work; the pending sign-in may go on. */
    record CodeRefused(String message) implements SecondStep {
    }

    /** {@code second-step-expired}: the pending sign-in is over (expired, used, too many wrong codes). */
    record Expired(String message) implements SecondStep {
    }
}
