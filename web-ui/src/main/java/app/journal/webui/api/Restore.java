package app.journal.webui.api;


/**
 * What came of restoring a sign-in from the browser's refresh cookie
 * ({@link JournalApiClient#restoreFromCookie}).
 */
public sealed interface Restore permits Restore.Restored, Restore.NoCookie, Restore.Refused, Restore.NotNow {

    /** Signed in again with one refresh (or signed in already, by another tab's request). */
    record Restored(SessionCredentials.Account account) implements Restore {
    }

    /** The browser sent no refresh cookie: nothing to restore, and the API was not asked. */
    record NoCookie() implements Restore {
    }

    /** The API refused the cookie ({@code 401}) and told the browser to clear it: the person signs in again. */
    record Refused(ApiProblemException reason) implements Restore {
    }

    /**
     * The API could not say right now ({@code 5xx}, {@code 429}, unreachable) or did not trust the call
     * ({@code 403}): nothing was cleared, trying again later may work.
     */
    record NotNow(JournalApiException reason) implements Restore {
    }
}
