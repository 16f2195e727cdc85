package app.journal.webui.view;

import app.journal.webui.api.ApiProblemException;
import app.journal.webui.api.JournalApiException;
import java.time.Duration;
import java.util.Optional;

/**
 * The words several pages share: why a person is back at the sign-in page, too many attempts, and what a
 * failed call says. One place, so the pages say the same thing the same way.
 */
public final class UiMessages {

    public static final String SESSION_ENDED = "Your session has ended.";
    public static final String SIGNED_OUT_ELSEWHERE = "You were signed out from another device.";
    public static final String ACCOUNT_DISABLED = "Your account was disabled by an administrator, and you were "
            + "signed out. You cannot sign in until it is enabled again; you will have had a mail saying why.";
    public static final String SECOND_STEP_EXPIRED = "This sign-in has expired or was already used. Sign in again.";
    public static final String CODE_DID_NOT_WORK = "That code did not work.";

    private UiMessages() {
    }

    /** "Too many attempts. Please wait 42 seconds and try again." */
    public static String tooManyAttempts(Optional<Duration> retryAfter) {
        return retryAfter.map(wait -> {
            long seconds = Math.max(1, wait.toSeconds());
            return "Too many attempts. Please wait " + (seconds < 120 ? seconds + " seconds" : seconds / 60 + " minutes")
                    + " and try again.";
        }).orElse("Too many attempts. Please wait a little and try again.");
    }

    /** What a failed call says to the person: too many attempts with how long to wait, else the API's words. */
    public static String of(JournalApiException failure) {
        if (failure instanceof ApiProblemException problem && problem.status() == 429) {
            return tooManyAttempts(problem.retryAfter());
        }
        return failure.getMessage();
    }
}
