package app.journal.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Several threads making the same call at once: for the contracts' "exactly one wins" tests. */
public final class Racers {

    /** How many race; on PostgreSQL each holds a connection of its own. */
    public static final int COUNT = 8;

    private Racers() {}

    /** Runs the call on {@link #COUNT} threads released together; their answers, in thread order. */
    public static <T> List<T> race(Callable<T> call) throws Exception {
        var ready = new CountDownLatch(COUNT);
        var go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(COUNT)) {
            for (int i = 0; i < COUNT; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    if (!go.await(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the race never started");
                    }
                    return call.call();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("all racers at the start line").isTrue();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        }
    }
}
