package app.journal.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.adapter.persistence.JooqUserSessions;
import app.journal.adapter.persistence.JooqUsers;
import app.journal.adapter.persistence.PgSessionEndingsListener;
import app.journal.adapter.persistence.testing.MigratedDatabase;
import app.journal.adapter.rest.security.ActiveSessionView;
import app.journal.adapter.rest.security.CachingAccessTokenVerifier;
import app.journal.adapter.rest.token.AccessClaims;
import app.journal.adapter.rest.token.InvalidTokenException;
import app.journal.application.service.account.AccountQueryService;
import app.journal.domain.session.RefreshId;
import app.journal.domain.session.RevokeReason;
import app.journal.domain.session.SessionId;
import app.journal.domain.session.SessionPersistence;
import app.journal.domain.session.SessionPolicy;
import app.journal.domain.session.UserSession;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.PasswordHash;
import app.journal.domain.user.Role;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two nodes in one JVM, each wired as {@link SessionViewConfiguration} wires production (its own
 * listening connection, its own view, its own token verifier), against one real PostgreSQL. A session
 * revoked on one node is refused by the other within the notification's delay, which is measured and
 * logged (not asserted beyond a generous bound); while the other node's notifications are lost it
 * answers from the database, so a session revoked then is refused at once.
 */
class SessionRevocationAcrossNodesTest {

    private static final Logger LOG = LoggerFactory.getLogger(SessionRevocationAcrossNodesTest.class);
    private static final SessionPolicy POLICY =
            new SessionPolicy(Duration.ofDays(14), Duration.ofDays(30), Duration.ofSeconds(10), Duration.ofHours(12));
    private static final Duration BOUND = Duration.ofSeconds(10);

    @RegisterExtension
    static final MigratedDatabase db = new MigratedDatabase("revocation_nodes");

    private Node a;
    private Node b;
    /** Node A's store: revocations happen there. */
    private JooqUserSessions sessions;

    /** One node: what production wires per JVM. {@code reachable} cuts its listener off the database. */
    private static final class Node implements AutoCloseable {

        final AtomicBoolean reachable = new AtomicBoolean(true);
        final AtomicInteger databaseReads = new AtomicInteger();
        final ActiveSessionView view;
        final PgSessionEndingsListener listener;
        final CachingAccessTokenVerifier verifier;
        final HikariDataSource pool = pool();
        final DSLContext dsl = DSL.using(pool, SQLDialect.POSTGRES);

        Node() {
            var queries = new AccountQueryService(new JooqUsers(dsl), new JooqUserSessions(dsl), POLICY,
                    Clock.systemUTC());
            view = new ActiveSessionView(id -> {
                databaseReads.incrementAndGet();
                return queries.sessionLiveUntil(id);
            }, Clock.systemUTC(), 1_000, SessionViewConfiguration.LEASE);
            listener = new PgSessionEndingsListener(this::connect, view, SessionViewConfiguration.HEARTBEAT,
                    Duration.ofMillis(200)).start();
            verifier = new CachingAccessTokenVerifier(Node::claims, view::isActive, Clock.systemUTC(), 1_000);
        }

        private Connection connect() throws SQLException {
            if (!reachable.get()) {
                throw new SQLException("the database is unreachable from this node (test)");
            }
            return db.database().dataSource().getConnection();
        }

        /** The test's access tokens are the session id itself; signatures are another test's business. */
        private static AccessClaims claims(String token) {
            return new AccessClaims(UserId.random(), new SessionId(UUID.fromString(token)), Set.of(Role.USER),
                    Instant.now().plus(Duration.ofMinutes(10)));
        }

        boolean accepts(UserSession session) {
            try {
                verifier.verify(session.id().toString());
                return true;
            } catch (InvalidTokenException e) {
                return false;
            }
        }

        /** Like production, a node's queries use a pool; its listener has a connection of its own. */
        private static HikariDataSource pool() {
            var pool = new HikariDataSource();
            pool.setJdbcUrl(db.database().jdbcUrl());
            pool.setUsername(db.database().username());
            pool.setPassword(db.database().password());
            pool.setMaximumPoolSize(2);
            return pool;
        }

        @Override
        public void close() {
            listener.close();
            pool.close();
        }
    }

    @BeforeEach
    void startNodes() throws Exception {
        a = new Node();
        b = new Node();
        sessions = new JooqUserSessions(a.dsl);
        await(() -> a.view.isTrusted() && b.view.isTrusted(), "both nodes subscribed");
    }

    @AfterEach
    void stopNodes() {
        a.close();
        b.close();
    }

    @Test
    void a_session_revoked_on_one_node_is_refused_on_the_other_without_a_query_per_request() throws Exception {
        UserSession session = signedIn();
        assertThat(b.accepts(session)).isTrue();
        for (int i = 0; i < 100; i++) {
            assertThat(b.accepts(session)).isTrue();
        }
        assertThat(b.databaseReads).as("101 requests, one query").hasValue(1);

        sessions.revoke(session.id(), Instant.now(), RevokeReason.LOGOUT); // node A's logout, committed
        long revokedAt = System.nanoTime();
        await(() -> !b.accepts(session), "node B refuses the revoked session");
        List<Long> delaysMicros = new ArrayList<>();
        delaysMicros.add(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - revokedAt));
        for (int i = 0; i < 9; i++) {
            UserSession another = signedIn();
            assertThat(b.accepts(another)).isTrue();
            sessions.revoke(another.id(), Instant.now(), RevokeReason.LOGOUT);
            long start = System.nanoTime();
            await(() -> !b.accepts(another), "node B refuses the revoked session");
            delaysMicros.add(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start));
        }

        LOG.info("Revocation reached the other node after {} µs (commit to first refusal, measured)", delaysMicros);
        assertThat(a.accepts(session)).isFalse();
        assertThatThrownBy(() -> b.verifier.verify(session.id().toString())).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void while_notifications_are_lost_a_node_answers_from_the_database_and_comes_back_to_memory() throws Exception {
        UserSession kept = signedIn();
        UserSession revokedMeanwhile = signedIn();
        assertThat(b.accepts(kept)).isTrue();
        assertThat(b.accepts(revokedMeanwhile)).isTrue();

        b.reachable.set(false);
        db.dsl().fetch("SELECT pg_terminate_backend(?)", b.listener.backendPid());
        await(() -> !b.view.isTrusted(), "node B knows its notifications are lost");

        sessions.revoke(revokedMeanwhile.id(), Instant.now(), RevokeReason.USER_REVOKED); // no notice reaches B
        assertThat(b.accepts(revokedMeanwhile)).as("refused at once, from the database").isFalse();
        int reads = b.databaseReads.get();
        for (int i = 0; i < 10; i++) {
            assertThat(b.accepts(kept)).isTrue();
        }
        assertThat(b.databaseReads.get() - reads).as("every request asks the database").isEqualTo(10);

        b.reachable.set(true);
        await(() -> b.view.isTrusted(), "node B subscribed again");
        assertThat(b.accepts(kept)).isTrue();
        reads = b.databaseReads.get();
        for (int i = 0; i < 10; i++) {
            assertThat(b.accepts(kept)).isTrue();
        }
        assertThat(b.databaseReads.get() - reads).as("from memory again").isZero();
        assertThat(b.accepts(revokedMeanwhile)).isFalse();
    }

    private UserSession signedIn() {
        var user = User.register(UserId.random(), new EmailAddress("n-" + UUID.randomUUID() + "@example.org"),
                new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA"), Instant.now());
        new JooqUsers(a.dsl).addIfEmailFree(user);
        var session = UserSession.start(SessionId.random(), user.id(), RefreshId.random(), Instant.now(), POLICY,
                SessionPersistence.PERSISTENT, null, null);
        sessions.add(session);
        return session;
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within " + BOUND).isLessThan(deadline);
            Thread.sleep(0, 100_000);
        }
    }
}
