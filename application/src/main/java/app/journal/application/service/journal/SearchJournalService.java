package app.journal.application.service.journal;

import app.journal.application.port.in.journal.SearchJournal;
import app.journal.application.port.journal.SearchCursor;
import app.journal.application.port.journal.SearchLanguageSetting;
import app.journal.application.port.journal.SearchResults;
import app.journal.application.port.journal.TimeRange;
import app.journal.application.port.out.EntrySearch;
import app.journal.domain.entry.SearchLanguage;
import app.journal.domain.entry.SearchQuery;
import app.journal.domain.user.UserId;
import org.jspecify.annotations.Nullable;

public final class SearchJournalService implements SearchJournal {

    private final EntrySearch search;

    public SearchJournalService(EntrySearch search) {
        this.search = search;
    }

    @Override
    public SearchResults search(UserId owner, SearchQuery query, TimeRange range, @Nullable SearchCursor after,
            int size) {
        BrowseJournalService.checkSize(size, MAX_PAGE_SIZE);
        return search.search(owner, query, range, after, size);
    }

    @Override
    public SearchLanguageSetting language(UserId owner) {
        return search.language(owner);
    }

    @Override
    public void chooseLanguage(UserId owner, SearchLanguage language) {
        search.chooseLanguage(owner, language);
    }
}
