package app.journal.application.port.in.journal;

import app.journal.application.port.journal.SearchCursor;
import app.journal.application.port.journal.SearchLanguageSetting;
import app.journal.application.port.journal.SearchResults;
import app.journal.application.port.journal.TimeRange;
import app.journal.domain.entry.SearchLanguage;
import app.journal.domain.entry.SearchQuery;
import app.journal.domain.user.UserId;
import org.jspecify.annotations.Nullable;

/** Finding one's own entries by their words, and the language those words are stemmed in. */
public interface SearchJournal {

    int MAX_PAGE_SIZE = 50;

    SearchResults search(UserId owner, SearchQuery query, TimeRange range, @Nullable SearchCursor after, int size);

    SearchLanguageSetting language(UserId owner);

    void chooseLanguage(UserId owner, SearchLanguage language);
}
