package app.journal.adapter.persistence;

import app.journal.application.service.AccountEvents;
import static org.assertj.core.api.Assertions.assertThat;

import app.journal.adapter.persistence.testing.CountingDataSource;
import app.journal.adapter.persistence.testing.MigratedDatabase;
import app.journal.application.port.in.session.RefreshSession.Outcome;
import app.journal.application.port.in.session.RefreshSession.Outcome.Refreshed;
import app.journal.application.port.in.session.RefreshSession.Reason;
import app.journal.application.port.in.session.RefreshSession.RefreshSessionCommand;
import app.journal.application.service.AccountSettings;
import app.journal.application.service.ActivitySettings;
import app.journal.application.service.session.RefreshSessionService;
import app.journal.application.testing.FakeDeviceNames;
import app.journal.application.testing.InMemorySecurityActivity;
import app.journal.application.testing.InlineUnitOfWork;
import app.journal.application.testing.RecordingAccountMailer;
import app.journal.application.testing.RecordingAuthEvents;
import app.journal.domain.session.RefreshChain;
import app.journal.domain.session.RefreshId;
import app.journal.domain.session.SessionId;
import app.journal.domain.session.SessionPersistence;
import app.journal.domain.session.SessionPolicy;
import app.journal.domain.session.UserSession;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.PasswordHash;
import app.journal.domain.user.PasswordRules;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The refresh use case on the jOOQ adapters and a real PostgreSQL: one statement and one commit per
 * successful refresh, HOT updates, and the grace window and reuse detection under real races.
 * Counts, not times.
 */
class RefreshOnPostgresTest {

    @RegisterExtension
    static final MigratedDatabase db = new MigratedDatabase("refresh_on_postgres");

    private static final SessionPolicy POLICY =
            new SessionPolicy(Duration.ofDays(14), Duration.ofDays(30), Duration.ofSeconds(10), Duration.ofHours(12));
    private static final AccountSettings.Rule UNLIMITED = new AccountSettings.Rule(1_000, Duration.ofMinutes(15));
    private static final int RACERS = 8;
    private static final RefreshChain CHAIN = RefreshChain.keyedBy(new byte[32]);

    private final CountingDataSource counting = new CountingDataSource(db.database().dataSource());
    private final JooqUserSessions sessions = new JooqUserSessions(DSL.using(counting.dataSource(), SQLDialect.POSTGRES));
    private final RecordingAuthEvents events = new RecordingAuthEvents();
    private final RefreshSessionService service = new RefreshSessionService(sessions, events,
            new AccountSettings(true, PasswordRules.DEFAULT, POLICY, URI.create("https://journal.example/verify"),
                    new AccountSettings.RateLimits(UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED)),
            Clock.systemUTC(), new AccountEvents(new InMemorySecurityActivity(), new RecordingAccountMailer(),
                    new FakeDeviceNames(), new InlineUnitOfWork(), events), new InlineUnitOfWork(),
            ActivitySettings.defaults(), CHAIN);

    private UserSession signedIn() {
        var user = User.register(UserId.random(), new EmailAddress("r-" + UUID() + "@example.org"),
                new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA"), Instant.now());
        new JooqUsers(db.dsl()).addIfEmailFree(user);
        var session = UserSession.start(SessionId.random(), user.id(), RefreshId.random(), Instant.now(), POLICY,
                SessionPersistence.PERSISTENT, "JUnit", "192.0.2.1");
        new JooqUserSessions(db.dsl()).add(session);
        return session;
    }

    private static String UUID() {
        return java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    private Outcome refresh(UserSession session, RefreshId presented) {
        return service.refresh(new RefreshSessionCommand(session.id(), presented));
    }

    @Test
    void a_successful_refresh_is_one_statement_and_one_commit() {
        var session = signedIn();
        RefreshId presented = session.refreshId();

        for (int i = 0; i < 5; i++) {
            counting.reset();
            var outcome = refresh(session, presented);

            assertThat(outcome).isInstanceOf(Refreshed.class);
            assertThat(counting.statements()).as("statements of refresh %d", i).isEqualTo(1);
            assertThat(counting.commits()).as("commits of refresh %d", i).isEqualTo(1);
            presented = ((Refreshed) outcome).session().refreshId();
        }
    }

    /**
     * The rotation's commit skips the WAL flush for itself only: the setting is local to the statement's
     * transaction, so the pooled connection's next transaction (a revocation, say) waits for the flush again.
     */
    @Test
    void not_waiting_for_the_flush_does_not_outlive_the_rotation_on_its_connection() throws SQLException {
        var session = signedIn();
        try (var connection = db.database().dataSource().getConnection()) {
            var onOneConnection = new JooqUserSessions(DSL.using(connection, SQLDialect.POSTGRES));
            var step = new app.journal.domain.session.RefreshStep(session.id(), session.refreshId(),
                    CHAIN.next(session.id(), session.refreshId()), Instant.now());

            assertThat(onOneConnection.rotate(step, POLICY).orElseThrow().rotated()).isNotNull();

            try (var statement = connection.createStatement();
                    ResultSet setting = statement.executeQuery("SHOW synchronous_commit")) {
                setting.next();
                assertThat(setting.getString(1)).isEqualTo("on");
            }
        }
    }

    /**
     * What a database crash does to rotations that were answered but not yet flushed: the row goes back
     * to an earlier generation while the client holds a later one. Its next refresh carries on (the store
     * catches up, then rotates: three statements, once) and nothing is revoked.
     */
    @Test
    void a_token_whose_rotations_the_database_lost_carries_on_and_is_not_taken_for_a_replay() {
        var session = signedIn();
        RefreshId held = session.refreshId();
        for (int i = 0; i < 4; i++) {
            held = ((Refreshed) refresh(session, held)).session().refreshId();
        }
        db.dsl().execute("UPDATE user_sessions SET refresh_id = ?, previous_refresh_id = NULL, rotated_at = NULL"
                + " WHERE id = ?", session.refreshId().value(), session.id().value());
        counting.reset();

        var outcome = refresh(session, held);

        assertThat(outcome).isInstanceOf(Refreshed.class);
        assertThat(((Refreshed) outcome).session().refreshId()).isEqualTo(CHAIN.next(session.id(), held));
        assertThat(counting.statements()).as("the attempt that finds the row behind, the catch-up, the rotation")
                .isEqualTo(3);
        var stored = sessions.find(session.id()).orElseThrow();
        assertThat(stored.refreshId()).isEqualTo(CHAIN.next(session.id(), held));
        assertThat(stored.previousRefreshId()).isEqualTo(held);
        assertThat(stored.isRevoked()).isFalse();
        assertThat(events.events()).doesNotContain("refreshReuseDetected");
    }

    @Test
    void the_grace_answer_is_one_statement_too() {
        var session = signedIn();
        var first = (Refreshed) refresh(session, session.refreshId());
        counting.reset();

        var again = refresh(session, session.refreshId());

        assertThat(again).isInstanceOf(Refreshed.class);
        assertThat(((Refreshed) again).session().refreshId()).isEqualTo(first.session().refreshId());
        assertThat(counting.statements()).isEqualTo(1);
    }

    /**
     * Every rotation and the revocation are HOT updates: no index entry written, the dead version
     * pruned on its page. Autovacuum is off in the test cluster, so only pruning frees space.
     */
    @Test
    void rotations_and_revocations_are_hot_updates() throws Exception {
        List<UserSession> all = List.of(signedIn(), signedIn(), signedIn());
        long[] before = updates();
        int rotations = 0;
        for (UserSession session : all) {
            RefreshId presented = session.refreshId();
            for (int i = 0; i < 40; i++) {
                presented = ((Refreshed) refresh(session, presented)).session().refreshId();
                rotations++;
            }
        }
        sessions.revoke(all.getFirst().id(), Instant.now(), app.journal.domain.session.RevokeReason.LOGOUT);
        int expected = rotations + 1;

        long[] after = awaitUpdates(before[0] + expected);

        assertThat(after[0] - before[0]).as("updates").isEqualTo(expected);
        assertThat(after[1] - before[1]).as("HOT updates (n_tup_hot_upd)").isEqualTo(expected);
    }

    @Test
    void simultaneous_refreshes_with_one_token_all_get_the_one_successor_and_nothing_is_revoked() throws Exception {
        for (int round = 0; round < 5; round++) {
            var session = signedIn();
            List<Outcome> outcomes = race(session, session.refreshId());

            assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(Refreshed.class));
            var successors = outcomes.stream().map(o -> ((Refreshed) o).session().refreshId()).distinct().toList();
            assertThat(successors).as("one live successor").hasSize(1);
            var stored = sessions.find(session.id()).orElseThrow();
            assertThat(stored.isRevoked()).as("no false reuse").isFalse();
            assertThat(stored.refreshId()).isEqualTo(successors.getFirst());
            assertThat(refresh(session, successors.getFirst())).as("the session is not lost").isInstanceOf(Refreshed.class);
        }
        assertThat(events.events()).doesNotContain("refreshReuseDetected");
    }

    @Test
    void a_replay_after_the_grace_window_is_still_detected_and_revokes() {
        var session = signedIn();
        var first = (Refreshed) refresh(session, session.refreshId());
        var second = (Refreshed) refresh(session, first.session().refreshId());

        // The token two generations back is no immediate predecessor: a replay, whatever the time.
        var replay = refresh(session, session.refreshId());

        assertThat(replay).isEqualTo(new Outcome.Rejected(Reason.REUSE_DETECTED));
        assertThat(sessions.find(session.id()).orElseThrow().isRevoked()).isTrue();
        assertThat(refresh(session, second.session().refreshId())).isEqualTo(new Outcome.Rejected(Reason.REVOKED));
    }

    private List<Outcome> race(UserSession session, RefreshId presented) throws Exception {
        var ready = new CountDownLatch(RACERS);
        var go = new CountDownLatch(1);
        List<Future<Outcome>> futures = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(RACERS)) {
            for (int i = 0; i < RACERS; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await(30, TimeUnit.SECONDS);
                    return refresh(session, presented);
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (var future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        }
    }

    /** n_tup_upd and n_tup_hot_upd of user_sessions as the statistics show them now. */
    private static long[] updates() throws SQLException {
        try (var c = db.database().dataSource().getConnection();
                var s = c.createStatement();
                ResultSet row = s.executeQuery(
                        "SELECT n_tup_upd, n_tup_hot_upd FROM pg_stat_user_tables WHERE relname = 'user_sessions'")) {
            row.next();
            return new long[] {row.getLong(1), row.getLong(2)};
        }
    }

    /**
     * Statistics reach the shared counters when a backend goes idle or ends (at most once a second);
     * every statement here ran on a connection of its own that is closed, so they arrive: wait for them.
     */
    private static long[] awaitUpdates(long atLeast) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        long[] seen = updates();
        while (seen[0] < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(100);
            seen = updates();
        }
        return seen;
    }
}
