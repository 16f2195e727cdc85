package app.journal.bootstrap;

import app.journal.adapter.rest.account.ImportLimits;
import app.journal.application.port.in.journal.ImportJournal;
import app.journal.application.port.out.JournalEntries;
import app.journal.application.port.out.RateLimiter;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.service.AccountEvents;
import app.journal.application.service.AccountSettings;
import app.journal.application.service.journal.ImportJournalService;
import app.journal.application.service.journal.ImportSettings;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Issue 19, bringing a journal in. The request size limit of its route is set with the others in
 * {@link WebConfiguration}.
 *
 * @see "docs/decisions/0029-import.md"
 */
@Configuration(proxyBeanMethods = false)
class ImportConfiguration {

    @Bean
    ImportSettings importSettings(ImportProperties properties) {
        return new ImportSettings(properties.maxEntries(), new AccountSettings.Rule(properties.perAccount().limit(),
                properties.perAccount().window()));
    }

    @Bean
    ImportLimits importLimits(ImportProperties properties) {
        return new ImportLimits(properties.maxInflatedBytes());
    }

    @Bean
    ImportJournal importJournal(JournalEntries entries, RateLimiter limiter, ImportSettings settings,
            AccountEvents accountEvents, UnitOfWork unitOfWork, Clock clock) {
        return new ImportJournalService(entries, limiter, settings, accountEvents, unitOfWork, clock);
    }
}
