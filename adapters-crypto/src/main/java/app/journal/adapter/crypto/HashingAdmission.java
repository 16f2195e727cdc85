package app.journal.adapter.crypto;

import app.journal.application.port.out.PasswordHasher.HashingBusyException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Who may start a login or registration: {@code admitted} at once, then up to {@code queue} more waiting
 * in arrival order (a fair semaphore) for at most {@code wait}, and everyone beyond that refused at once.
 *
 * <p>The queue paces a storm of clients that retry a {@code 503} without pause: a waiting request costs
 * no CPU, an answered one is asked again at once (docs/decisions/0031-login-storm-and-memory.md). It is
 * bounded, because each waiting request holds a request thread, and its wait is bounded, so that a login
 * never waits longer than a client would. {@code queue = 0} refuses at once whenever every admission is
 * taken (Journal before 0031).
 *
 * @param admitted how many operations run (hash or wait for a hashing slot) at once
 * @param queue    how many more may wait for one of those; 0 for none
 * @param wait     how long one of them waits before it is refused after all
 */
final class HashingAdmission {

    private final Semaphore permits;
    private final AtomicInteger waiting = new AtomicInteger();
    private final int queue;
    private final long waitNanos;

    HashingAdmission(int admitted, int queue, Duration wait) {
        Objects.requireNonNull(wait, "wait");
        if (queue < 0) {
            throw new IllegalArgumentException("queue must not be negative");
        }
        if (wait.isNegative()) {
            throw new IllegalArgumentException("wait must not be negative");
        }
        this.permits = new Semaphore(admitted, true);
        this.queue = queue;
        this.waitNanos = wait.toNanos();
    }

    /**
     * Takes one admission: at once when one is free and nobody waits for it (no overtaking the queue),
     * else after waiting in the queue.
     *
     * @throws HashingBusyException when the queue is full, or the wait ran out (or was interrupted; the
     *                              interrupt flag is kept)
     */
    void enter() {
        if (!permits.hasQueuedThreads() && permits.tryAcquire()) {
            return;
        }
        if (waiting.incrementAndGet() > queue) {
            waiting.decrementAndGet();
            throw new HashingBusyException();
        }
        try {
            if (!permits.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
                throw new HashingBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HashingBusyException();
        } finally {
            waiting.decrementAndGet();
        }
    }

    void leave() {
        permits.release();
    }

    /** True when {@link #enter} would be refused at once right now (a hint: it can change the next moment). */
    boolean full() {
        return permits.availablePermits() == 0 && waiting.get() >= queue;
    }

    /** How many wait right now (for tests and the log). */
    int waitingNow() {
        return waiting.get();
    }
}
