package app.journal.bootstrap;

import app.journal.adapter.persistence.PgSessionEndingsListener;
import app.journal.adapter.rest.security.ActiveSessionView;
import app.journal.application.port.in.account.AccountQueries;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which sessions are active, answered from this node's memory and kept current by PostgreSQL
 * LISTEN/NOTIFY from every node, on a connection of its own (the pool's URL and credentials, not one of
 * its connections).
 *
 * @see "docs/decisions/0009-one-statement-refresh-and-notified-revocation.md"
 */
@Configuration(proxyBeanMethods = false)
class SessionViewConfiguration {

    /** How often the listening connection is proved alive. */
    static final Duration HEARTBEAT = Duration.ofSeconds(1);

    /**
     * How long the view trusts memory after the last proof: on a network that fails silently, the
     * longest a revoked session could still be accepted before every request goes to the database.
     */
    static final Duration LEASE = HEARTBEAT.multipliedBy(3);

    /** The longest wait between two reconnection attempts. */
    static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    @Bean
    ActiveSessionView activeSessionView(AccountQueries accountQueries, Clock clock) {
        return new ActiveSessionView(accountQueries::sessionLiveUntil, clock, 100_000, LEASE);
    }

    @Bean(destroyMethod = "close")
    PgSessionEndingsListener sessionEndingsListener(DataSourceProperties dataSource, ActiveSessionView view) {
        String url = dataSource.determineUrl();
        String user = dataSource.determineUsername();
        String password = dataSource.determinePassword();
        return new PgSessionEndingsListener(() -> DriverManager.getConnection(url, user, password), view, HEARTBEAT,
                MAX_BACKOFF).start();
    }
}
