package app.journal.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.application.port.out.PasswordHasher.HashingBusyException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The admission queue in front of hashing (docs/decisions/0031-login-storm-and-memory.md): a login beyond
 * the admitted ones waits its turn instead of being refused, a full queue refuses at once, and a wait that
 * runs out is a refusal too. No timings are asserted: the tests wait for states, not for durations.
 */
class HashingAdmissionTest {

    /** One hashing slot: two admitted at once. */
    private static final Argon2Settings ONE_SLOT = Argon2Settings.defaults().withConcurrency(1, Duration.ofSeconds(30));

    private final ExecutorService others = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        others.shutdownNow();
    }

    @Test
    void a_login_beyond_the_admitted_ones_waits_and_gets_in_when_one_is_done() throws Exception {
        var hasher = new Argon2PasswordHasher(ONE_SLOT, 1, Duration.ofMinutes(5));
        var first = hasher.admit();
        var second = hasher.admit();
        assertThat(hasher.saturated()).as("a place in the queue is still free").isFalse();

        Future<String> waiting = others.submit(() -> {
            try (var admitted = hasher.admit()) {
                return "admitted";
            }
        });
        awaitSaturated(hasher);
        assertThat(waiting).isNotDone();

        first.close();
        assertThat(waiting.get(60, TimeUnit.SECONDS)).isEqualTo("admitted");
        assertThat(hasher.saturated()).isFalse();
        second.close();
        try (var again = hasher.admit(); var andAgain = hasher.admit()) {
            assertThat(again).isNotSameAs(andAgain);
        }
    }

    @Test
    void with_the_queue_full_a_login_is_refused_at_once_and_the_edge_is_told() throws Exception {
        var hasher = new Argon2PasswordHasher(ONE_SLOT, 1, Duration.ofMinutes(5));
        var first = hasher.admit();
        var second = hasher.admit();
        Future<?> waiting = others.submit(() -> hasher.admit().close());
        awaitSaturated(hasher);

        // Refused without waiting: the queue's five minutes would otherwise hold this test.
        assertThatThrownBy(hasher::admit).isInstanceOf(HashingBusyException.class);
        assertThat(hasher.saturated()).isTrue();

        second.close();
        waiting.get(60, TimeUnit.SECONDS);
        first.close();
        assertThat(hasher.saturated()).isFalse();
    }

    @Test
    void a_wait_that_runs_out_is_a_refusal_and_frees_its_place() throws Exception {
        var hasher = new Argon2PasswordHasher(ONE_SLOT, 1, Duration.ofMillis(1));
        try (var first = hasher.admit(); var second = hasher.admit()) {
            Future<?> waiting = others.submit(() -> hasher.admit().close());
            assertThatThrownBy(() -> waiting.get(60, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(HashingBusyException.class);
            assertThat(hasher.saturated()).as("its place in the queue is free again").isFalse();
        }
    }

    @Test
    void waiting_logins_are_let_in_in_the_order_they_came() throws Exception {
        var hasher = new Argon2PasswordHasher(ONE_SLOT, 2, Duration.ofMinutes(5));
        var first = hasher.admit();
        var second = hasher.admit();
        var order = new java.util.concurrent.ConcurrentLinkedQueue<String>();
        var gate = new java.util.concurrent.CountDownLatch(1);
        Future<?> early = others.submit(() -> inOrder(hasher, order, "early", gate));
        awaitWaiting(hasher, 1);
        Future<?> late = others.submit(() -> inOrder(hasher, order, "late", gate));
        awaitSaturated(hasher);

        first.close();
        // "early" holds the freed admission until the gate opens, so "late" can only get the next one.
        for (int i = 0; i < 60_000 && order.isEmpty(); i++) {
            Thread.sleep(1);
        }
        assertThat(order).containsExactly("early");
        assertThat(late).isNotDone();
        gate.countDown();
        second.close();
        early.get(60, TimeUnit.SECONDS);
        late.get(60, TimeUnit.SECONDS);
        assertThat(order).containsExactly("early", "late");
    }

    private static Object inOrder(Argon2PasswordHasher hasher, java.util.Queue<String> order, String name,
            java.util.concurrent.CountDownLatch gate) throws InterruptedException {
        try (var admitted = hasher.admit()) {
            order.add(name);
            gate.await();
        }
        return null;
    }

    private static void awaitSaturated(Argon2PasswordHasher hasher) throws InterruptedException {
        for (int i = 0; i < 60_000 && !hasher.saturated(); i++) {
            Thread.sleep(1);
        }
        assertThat(hasher.saturated()).as("the other thread waits in the queue").isTrue();
    }

    private static void awaitWaiting(Argon2PasswordHasher hasher, int count) throws InterruptedException {
        for (int i = 0; i < 60_000 && hasher.waitingForAdmission() != count; i++) {
            Thread.sleep(1);
        }
        assertThat(hasher.waitingForAdmission()).isEqualTo(count);
    }
}
