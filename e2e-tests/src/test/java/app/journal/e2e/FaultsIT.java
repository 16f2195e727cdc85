package app.journal.e2e;

import static app.journal.e2e.Pause.sleep;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults under a refresh and login load (issue 11): a {@link FaultyTcpRelay} sits between the packaged
 * Journal and PostgreSQL and cuts, stalls or slows the database; the last case sends SIGTERM in the
 * middle of the load and starts the same command again. Each case asserts that every answer is in the
 * documented set (200, or {@code 503} problem details with {@code Retry-After}), that Journal answers
 * within a bound that comes from its timeouts (never a hang), and that afterwards every client carries
 * on with the refresh token it holds, without signing in again: 0 sessions lost, 0 reuse detections,
 * and each session's stored {@code refresh_id} is the one in its client's last token (no token was
 * issued for a rotation that was not stored).
 *
 * <p>One application for the whole class (one start is the dearest part on CI). Bounds are upper
 * bounds with generous slack for a busy 2-core machine, never speed targets. The reuse grace is
 * 2 minutes instead of 10 s: a rotation stored while its answer was lost (dropped by the relay, or
 * thrown away by the client at the SIGTERM) is tried again only after the outage or the restart,
 * which take longer than 10 s here (docs/decisions/0011-database-faults.md says what that means in
 * production).
 *
 * @see "docs/decisions/0011-database-faults.md"
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    /** {@code spring.datasource.hikari.connection-timeout} + {@code validation-timeout}. */
    private static final Duration POOL_BOUND = Duration.ofSeconds(5 + 2);
    /** The pgjdbc {@code socketTimeout}: a statement whose answer does not come. */
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration SLACK = Duration.ofSeconds(8);
    /** Longer than every bound asserted, so a hang is seen as a timeout rather than a slow answer. */
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(60);
    /** {@code spring.lifecycle.timeout-per-shutdown-phase} (30 s) and the context's own close, generously. */
    private static final Duration SHUTDOWN_BOUND = Duration.ofSeconds(60);

    private static RelayedJournal journal;
    private static List<Account> accounts;
    private SessionLoad load;

    @BeforeAll
    static void startJournalBehindTheRelay() {
        journal = RelayedJournal.start("faults", List.of("--journal.sessions.reuse-grace=2m"));
        accounts = journal.accounts("faults", 16);
    }

    @AfterAll
    static void stopEverything() {
        Resources.closeInOrder(journal);
    }

    @AfterEach
    void databaseBack() {
        if (load != null) {
            load.stop();
        }
        journal.relay.pass();
    }

    @Test
    @Order(1)
    void a_cut_database_answers_503_within_the_pool_timeout_readiness_goes_down_and_every_client_carries_on() {
        load = loadOf(1, 2);
        load.start();
        sleep(Duration.ofSeconds(2));
        assertThat(load.rotations.sum()).as("rotations before the cut (%s)", load.summary()).isPositive();

        journal.relay.cut();
        journal.awaitReadiness(503, Duration.ofSeconds(30));
        long unavailable = awaitTurnedAway(load, POOL_BOUND.plus(SLACK));

        journal.relay.pass();
        journal.awaitReadiness(200, Duration.ofSeconds(30));
        long recovered = load.rotations.sum();
        sleep(Duration.ofSeconds(2));

        assertThat(unavailable).as("503 answers while cut (%s)", load.summary()).isPositive();
        assertThat(load.rotations.sum()).as("rotations after the database came back (%s)", load.summary())
                .isGreaterThan(recovered);
        assertEveryClientCarriesOn(load, POOL_BOUND.plus(SLACK));
    }

    @Test
    @Order(2)
    void a_stalled_database_answers_503_within_the_socket_timeout_and_every_client_carries_on() {
        load = loadOf(1, 2);
        load.start();
        sleep(Duration.ofSeconds(2));

        journal.relay.stall();
        journal.awaitReadiness(503, Duration.ofSeconds(45));
        // A request already waiting on the stalled socket is answered only when its timeout ends: keep the
        // database stalled until that has happened (or the bound has passed), not a fixed few seconds.
        long unavailable = awaitTurnedAway(load, SOCKET_TIMEOUT.plus(POOL_BOUND).plus(SLACK));

        journal.relay.pass();
        journal.awaitReadiness(200, Duration.ofSeconds(30));
        long recovered = load.rotations.sum();
        sleep(Duration.ofSeconds(2));

        assertThat(unavailable).as("503 answers while stalled (%s)", load.summary()).isPositive();
        assertThat(load.rotations.sum()).as("rotations after the database came back (%s)", load.summary())
                .isGreaterThan(recovered);
        // A statement already sent waits for its socket timeout; a caller waiting for a connection, for the pool.
        assertEveryClientCarriesOn(load, SOCKET_TIMEOUT.plus(POOL_BOUND).plus(SLACK));
    }

    @Test
    @Order(3)
    void a_slow_database_turns_callers_away_with_503_instead_of_piling_them_up_and_recovers_when_fast_again() {
        // 36 callers for the pool's 10 connections, so that some must wait for one.
        load = loadOf(4, 4);
        int threadsBefore = journal.threads();
        long memoryBefore = journal.residentMiB();
        load.start();
        sleep(Duration.ofSeconds(2));

        journal.relay.slow(Duration.ofMillis(700));
        int threadsMost = threadsBefore;
        long memoryMost = memoryBefore;
        for (int i = 0; i < 10; i++) {
            sleep(Duration.ofSeconds(1));
            threadsMost = Math.max(threadsMost, journal.threads());
            memoryMost = Math.max(memoryMost, journal.residentMiB());
        }
        long unavailable = load.unavailable.sum();

        journal.relay.pass();
        journal.awaitReadiness(200, Duration.ofSeconds(30));
        long recovered = load.rotations.sum();
        sleep(Duration.ofSeconds(2));

        System.out.printf("Slow database: threads %d -> at most %d, resident memory %d -> at most %d MiB%n",
                threadsBefore, threadsMost, memoryBefore, memoryMost);
        assertThat(unavailable).as("callers turned away with 503 while slow (%s)", load.summary()).isPositive();
        int clients = load.chains().size();
        assertThat(threadsMost - threadsBefore)
                .as("threads added while slow: at most one per concurrent caller (%d) and a few of the pool's", clients)
                .isLessThanOrEqualTo(clients + 30);
        assertThat(memoryMost - memoryBefore).as("resident memory added while slow, MiB (heap at most %d MiB)",
                RelayedJournal.HEAP_MIB).isLessThan(RelayedJournal.HEAP_MIB);
        assertThat(journal.app.isRunning()).as("Journal still runs (no OutOfMemoryError)").isTrue();
        assertThat(load.rotations.sum()).as("rotations after the database was fast again (%s)", load.summary())
                .isGreaterThan(recovered);
        // Three statements of a refresh, each a round trip of two delayed chunks, after a wait for a connection.
        assertEveryClientCarriesOn(load, Duration.ofMillis(3 * 2 * 700).plus(POOL_BOUND).plus(SOCKET_TIMEOUT).plus(SLACK));
    }

    @Test
    @Order(4)
    void sixty_four_refresh_chains_and_logins_lose_no_session_and_see_only_documented_answers() {
        load = new SessionLoad(journal.app.baseUrl(), CLIENT_TIMEOUT);
        for (int device = 0; device < 4; device++) {
            for (Account account : accounts) {
                load.signIn(account, 0);
            }
        }
        for (int i = 0; i < 4; i++) {
            load.signIn(accounts.get(i), 2);
        }
        assertThat(load.chains()).hasSize(68);

        load.start();
        sleep(Duration.ofSeconds(8));

        assertThat(load.rotations.sum()).as("rotations (%s)", load.summary()).isGreaterThan(68);
        assertEveryClientCarriesOn(load, Duration.ofSeconds(30));
    }

    @Test
    @Order(5)
    void sigterm_lets_requests_in_flight_finish_and_every_client_carries_on_after_the_restart() throws Exception {
        load = loadOf(1, 1);
        SessionLoad inFlight = new SessionLoad(journal.app.baseUrl(), CLIENT_TIMEOUT);
        List<SessionLoad.Chain> keeping = new ArrayList<>();
        List<SessionLoad.Chain> losing = new ArrayList<>();
        for (Account account : accounts.subList(0, 4)) {
            keeping.add(inFlight.signIn(account, 0));
            losing.add(inFlight.signIn(account, 0));
        }
        load.start();
        sleep(Duration.ofSeconds(2));

        // Statements take 1.5 s each from now on: a refresh sent now (one statement after the session check) is
        // still in flight at the SIGTERM a second later, however fast the machine. 300 ms was not: on an idle
        // machine every refresh was answered before the SIGTERM.
        journal.relay.slow(Duration.ofMillis(1500));
        Map<SessionLoad.Chain, Instant> answeredAt = new ConcurrentHashMap<>();
        Map<SessionLoad.Chain, Boolean> refreshed = new ConcurrentHashMap<>();
        Map<SessionLoad.Chain, Optional<UUID>> lostAnswers = new ConcurrentHashMap<>();
        List<Thread> requests = new ArrayList<>();
        for (SessionLoad.Chain chain : keeping) {
            requests.add(Thread.ofPlatform().start(() -> {
                refreshed.put(chain, chain.refreshNow());
                answeredAt.put(chain, Instant.now());
            }));
        }
        for (SessionLoad.Chain chain : losing) {
            requests.add(Thread.ofPlatform().start(() -> {
                lostAnswers.put(chain, chain.refreshLosingTheAnswer());
                answeredAt.put(chain, Instant.now());
            }));
        }
        sleep(Duration.ofSeconds(1));
        Instant sigterm = Instant.now();
        boolean endedByItself = journal.app.terminate(SHUTDOWN_BOUND);
        for (Thread request : requests) {
            request.join(CLIENT_TIMEOUT.toMillis());
        }
        load.stop();
        journal.relay.pass();

        assertThat(endedByItself).as("Journal ended by itself within %d s of SIGTERM", SHUTDOWN_BOUND.toSeconds())
                .isTrue();
        assertThat(inFlight.noAnswer.sum() + inFlight.timedOut.sum())
                .as("requests in flight at SIGTERM that got no answer (%s)", inFlight.summary()).isZero();
        assertThat(answeredAt.values()).as("answers that came after the SIGTERM (the requests were in flight)")
                .anyMatch(at -> at.isAfter(sigterm));
        List<SessionLoad.Chain> lostAnswerOf = losing.stream().filter(chain -> lostAnswers.get(chain).isPresent())
                .toList();
        assertThat(lostAnswerOf).as("rotations in flight at SIGTERM whose answer the client then lost").isNotEmpty();

        journal.app.startAgain();
        Instant back = Instant.now();
        load.start();
        sleep(Duration.ofSeconds(3));

        System.out.printf("SIGTERM: back after %d s; in flight %s; %d of %d answers lost and tried again%n",
                Duration.between(sigterm, back).toSeconds(), inFlight.summary(), lostAnswerOf.size(), losing.size());
        assertEveryClientCarriesOn(load, Duration.ofSeconds(30));
        inFlight.settle(Duration.ofSeconds(30));
        for (SessionLoad.Chain chain : lostAnswerOf) {
            assertThat(chain.refreshId()).as("%s: the grace window answers the old token with the stored generation",
                    chain.account).isEqualTo(lostAnswers.get(chain).orElseThrow());
        }
        assertThat(refreshed).as("in-flight refreshes that kept their answer").hasSize(keeping.size());
        assertNothingLost(inFlight);
    }

    /** {@code sessionsPerAccount} chains of each of 8 accounts, and {@code signingInAgain} that sign in again. */
    private SessionLoad loadOf(int sessionsPerAccount, int signingInAgain) {
        SessionLoad sessions = new SessionLoad(journal.app.baseUrl(), CLIENT_TIMEOUT);
        List<Account> eight = accounts.subList(0, 8);
        for (int i = 0; i < sessionsPerAccount; i++) {
            eight.forEach(account -> sessions.signIn(account, 0));
        }
        for (int i = 0; i < signingInAgain; i++) {
            sessions.signIn(eight.get(i), 3);
        }
        return sessions;
    }

    /**
     * The load stops; every client refreshes once more with the token it holds and gets a 200; nothing
     * was outside the set, nothing hung past {@code bound}; each session stored what its client holds.
     */
    private static void assertEveryClientCarriesOn(SessionLoad load, Duration bound) {
        load.stop();
        System.out.println("Bound " + bound.toSeconds() + " s: " + load.summary());
        assertThat(load.reads.sum()).as("GET /api/me answered 200 (%s)", load.summary()).isPositive();
        assertThat(load.slowestAnswerMillis.get()).as("the slowest answer, ms (bound %d s; %s)", bound.toSeconds(),
                load.summary()).isLessThanOrEqualTo(bound.toMillis());
        load.settle(Duration.ofSeconds(30));
        assertNothingLost(load);
    }

    private static void assertNothingLost(SessionLoad load) {
        assertThat(load.lostSessions).as("sessions lost (%s)", load.summary()).isEmpty();
        assertThat(load.outsideTheSet).as("answers outside 200 / 503 problem + Retry-After (%s)", load.summary())
                .isEmpty();
        assertThat(load.timedOut.sum()).as("requests without an answer within %d s (%s)",
                CLIENT_TIMEOUT.toSeconds(), load.summary()).isZero();
        List<String> mismatched = new ArrayList<>();
        for (SessionLoad.Chain chain : load.chains()) {
            JournalTables.SessionRow row = journal.tables.session(chain.sessionId());
            if (row.revokedAt() != null || !row.refreshId().equals(chain.refreshId())) {
                mismatched.add(chain.account + ": stored " + row.refreshId() + " revoked " + row.revokeReason()
                        + ", client holds " + chain.refreshId());
            }
        }
        assertThat(mismatched).as("sessions whose stored refresh_id is not the client's last token").isEmpty();
        assertThat(journal.tables.sessionsRevokedForReuse()).as("sessions revoked as reuse").isZero();
    }

    /**
     * Waits until the load has had at least one 503 answer, or {@code bound} has passed, then keeps the fault
     * one more second so that callers already waiting are answered under it too; answers the 503 count.
     */
    private static long awaitTurnedAway(SessionLoad load, Duration bound) {
        Instant deadline = Instant.now().plus(bound);
        while (load.unavailable.sum() == 0 && Instant.now().isBefore(deadline)) {
            sleep(Duration.ofMillis(250));
        }
        sleep(Duration.ofSeconds(1));
        return load.unavailable.sum();
    }
}
