package app.journal.webui.api;

import app.journal.webui.api.journal.JournalFilter;
import app.journal.webui.api.journal.OnThisDay;
import app.journal.webui.api.journal.SearchLanguageSetting;
import app.journal.webui.api.journal.SearchPage;
import org.jspecify.annotations.Nullable;

/**
 * Finding entries (issue 19): search, "On this day" and the account's search language, over the same
 * bearer-authenticated {@link EntryEndpoints} as the rest of the journal ({@link JournalApiClient#finding()}).
 */
public final class JournalFinding {

    private final EntryEndpoints signedIn;

    JournalFinding(EntryEndpoints signedIn) {
        this.signedIn = signedIn;
    }

    /** One page of search hits, best first; {@code cursor} null for the first page. */
    public SearchPage searchEntries(String query, @Nullable String cursor, int size, JournalFilter filter) {
        return ApiCalls.required(ApiCalls.call(() -> signedIn.search(query, cursor, size,
                JournalApiClient.iso(filter.from()), JournalApiClient.iso(filter.to()), filter.zone().getId())));
    }

    /** Entries written on {@code date}'s month and day in earlier years, in {@code zone}. */
    public OnThisDay onThisDay(java.time.LocalDate date, java.time.ZoneId zone) {
        return ApiCalls.required(ApiCalls.call(() -> signedIn.onThisDay(date.toString(), zone.getId())));
    }

    public SearchLanguageSetting searchLanguage() {
        return ApiCalls.required(ApiCalls.call(signedIn::searchLanguage));
    }

    public SearchLanguageSetting chooseSearchLanguage(String language) {
        return ApiCalls.required(ApiCalls.call(
                () -> signedIn.chooseSearchLanguage(java.util.Map.of("language", language))));
    }
}
