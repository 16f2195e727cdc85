package app.journal.application.port.out;

import app.journal.application.port.journal.SearchCursor;
import app.journal.application.port.journal.SearchLanguageSetting;
import app.journal.application.port.journal.SearchResults;
import app.journal.application.port.journal.TimeRange;
import app.journal.domain.entry.SearchLanguage;
import app.journal.domain.entry.SearchQuery;
import app.journal.domain.user.UserId;
import org.jspecify.annotations.Nullable;

/**
 * Full-text search of one owner's entries, in the owner's search language, and that language.
 *
 * @see "docs/decisions/0027-search-and-time.md"
 */
public interface EntrySearch {

    /** Up to {@code size} hits, best first (rank descending, then id ascending), after {@code after}. */
    SearchResults search(UserId owner, SearchQuery query, TimeRange range, @Nullable SearchCursor after, int size);

    SearchLanguageSetting language(UserId owner);

    /** Sets the owner's language and re-indexes every entry of the owner with it, in one statement. */
    void chooseLanguage(UserId owner, SearchLanguage language);
}
