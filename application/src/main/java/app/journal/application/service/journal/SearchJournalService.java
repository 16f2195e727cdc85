package app.journal.application.service.journal;

import app.journal.application.port.in.journal.SearchJournal;
import app.journal.application.port.journal.SearchCursor;
import app.journal.application.port.journal.SearchLanguageSetting;
import app.journal.application.port.journal.SearchResults;
import app.journal.application.port.journal.TimeRange;
import app.journal.application.port.out.EntrySearch;
import app.journal.application.port.out.RateLimiter;
import app.journal.application.service.AccountSettings;
import app.journal.application.service.Throttle;
import app.journal.domain.entry.SearchLanguage;
import app.journal.domain.entry.SearchQuery;
import app.journal.domain.user.UserId;
import org.jspecify.annotations.Nullable;

/**
 * Searches one account's journal. Unlike reading a page, a search costs work in proportion to the journal
 * (it ranks every match), so searches are rate limited per account ({@code searchesPerAccount}), generously
 * enough for results as one types.
 */
public final class SearchJournalService implements SearchJournal {

    private final EntrySearch search;
    private final Throttle throttle;
    private final AccountSettings.Rule searchesPerAccount;

    public SearchJournalService(EntrySearch search, RateLimiter limiter, AccountSettings.Rule searchesPerAccount) {
        this.search = search;
        this.throttle = new Throttle(limiter);
        this.searchesPerAccount = java.util.Objects.requireNonNull(searchesPerAccount, "searchesPerAccount");
    }

    @Override
    public SearchResults search(UserId owner, SearchQuery query, TimeRange range, @Nullable SearchCursor after,
            int size) {
        BrowseJournalService.checkSize(size, MAX_PAGE_SIZE);
        throttle.check("search:" + owner.value(), searchesPerAccount);
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
