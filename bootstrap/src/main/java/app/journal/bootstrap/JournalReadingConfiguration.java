package app.journal.bootstrap;

import app.journal.adapter.persistence.JooqEntrySearch;
import app.journal.adapter.persistence.JooqEntryTimeline;
import app.journal.application.port.in.journal.BrowseJournal;
import app.journal.application.port.in.journal.SearchJournal;
import app.journal.application.port.out.EntrySearch;
import app.journal.application.port.out.EntryTimeline;
import app.journal.application.port.out.RateLimiter;
import app.journal.application.service.AccountSettings;
import app.journal.application.service.journal.BrowseJournalService;
import app.journal.application.service.journal.SearchJournalService;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Issue 19: finding entries and moving through time (docs/decisions/0027-search-and-time.md). */
@Configuration(proxyBeanMethods = false)
class JournalReadingConfiguration {

    @Bean
    EntryTimeline entryTimeline(DSLContext dsl) {
        return new JooqEntryTimeline(dsl);
    }

    @Bean
    EntrySearch entrySearch(DSLContext dsl) {
        return new JooqEntrySearch(dsl);
    }

    @Bean
    BrowseJournal browseJournal(EntryTimeline timeline) {
        return new BrowseJournalService(timeline);
    }

    @Bean
    SearchJournal searchJournal(EntrySearch search, RateLimiter limiter, SearchProperties properties) {
        return new SearchJournalService(search, limiter, new AccountSettings.Rule(properties.perAccount().limit(),
                properties.perAccount().window()));
    }
}
