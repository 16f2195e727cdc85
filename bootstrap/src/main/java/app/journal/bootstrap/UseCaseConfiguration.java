package app.journal.bootstrap;

import app.journal.adapter.persistence.JooqJournalEntries;
import app.journal.adapter.persistence.JooqRateLimiter;
import app.journal.adapter.persistence.JooqUserSessions;
import app.journal.adapter.persistence.JooqUsers;
import app.journal.adapter.persistence.PgSessionEndingsListener;
import app.journal.adapter.rest.security.ActiveSessionView;
import app.journal.application.port.in.journal.DeleteEntry;
import app.journal.application.port.in.journal.EditEntry;
import app.journal.application.port.in.journal.EntryQueries;
import app.journal.application.port.in.session.StartDemoSession;
import app.journal.application.port.in.journal.WriteEntry;
import app.journal.application.port.out.JournalEntries;
import app.journal.application.port.out.UserSessions;
import app.journal.application.port.out.Users;
import app.journal.application.service.journal.DeleteEntryService;
import app.journal.application.service.journal.EditEntryService;
import app.journal.application.service.journal.EntryQueryService;
import app.journal.application.service.session.StartDemoSessionService;
import app.journal.application.service.journal.WriteEntryService;
import java.time.Clock;
import app.journal.adapter.persistence.JooqSecurityActivity;
import app.journal.application.port.out.SecurityActivity;
import app.journal.application.port.out.UnitOfWork;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One bean per out-port adapter and per use case: the whole object graph, in plain sight. */
@Configuration(proxyBeanMethods = false)
class UseCaseConfiguration {

    @Bean
    Clock clock() {
        // PostgreSQL keeps microseconds: a clock that ticks in microseconds means what a use case
        // returns is exactly what a later read returns.
        return Clock.tick(Clock.systemUTC(), java.time.Duration.ofNanos(1_000));
    }

    @Bean
    JournalEntries journalEntries(DSLContext dsl) {
        return new JooqJournalEntries(dsl);
    }

    @Bean
    Users users(DSLContext dsl) {
        return new JooqUsers(dsl);
    }

    @Bean
    UserSessions userSessions(DSLContext dsl, SessionEndingsBarrier barrier) {
        return new EndingAwareUserSessions(new JooqUserSessions(dsl), barrier);
    }

    /**
     * Lets a node's own revocations reach its session view before the answer leaves. The view and the
     * listener are looked up when needed: the view itself reads sessions through {@link #userSessions}.
     */
    @Bean
    SessionEndingsBarrier sessionEndingsBarrier(ObjectProvider<ActiveSessionView> view,
            ObjectProvider<PgSessionEndingsListener> listener, DataSource dataSource) {
        return new SessionEndingsBarrier(view, listener, rawPool(dataSource));
    }

    /**
     * The rate limiter gets its own DSLContext on the raw pool, not the transaction-aware one: its
     * counting statement then runs on a connection of its own in autocommit, even when called inside a
     * unit of work, so a failed attempt stays counted when the caller rolls back.
     *
     * @see "docs/decisions/0004-units-of-work.md"
     */
    @Bean
    JooqRateLimiter rateLimiter(DataSource dataSource, Clock clock) {
        return new JooqRateLimiter(DSL.using(rawPool(dataSource), SQLDialect.POSTGRES), clock);
    }

    /** The pool itself, outside any caller's transaction (not the transaction-aware proxy). */
    private static DataSource rawPool(DataSource dataSource) {
        return dataSource instanceof TransactionAwareDataSourceProxy proxy ? proxy.getTargetDataSource() : dataSource;
    }

    @Bean
    UnitOfWork unitOfWork(PlatformTransactionManager transactionManager) {
        return new SpringUnitOfWork(new TransactionTemplate(transactionManager));
    }

    @Bean
    SecurityActivity securityActivity(DSLContext dsl) {
        return new JooqSecurityActivity(dsl);
    }

    @Bean
    WriteEntry writeEntry(JournalEntries entries, Clock clock) {
        return new WriteEntryService(entries, clock);
    }

    @Bean
    EditEntry editEntry(JournalEntries entries, Clock clock) {
        return new EditEntryService(entries, clock);
    }

    @Bean
    DeleteEntry deleteEntry(JournalEntries entries) {
        return new DeleteEntryService(entries);
    }

    @Bean
    EntryQueries entryQueries(JournalEntries entries) {
        return new EntryQueryService(entries);
    }

    @Bean
    StartDemoSession startDemoSession(Users users, JournalProperties properties) {
        return new StartDemoSessionService(users, properties.demo().enabled());
    }
}
