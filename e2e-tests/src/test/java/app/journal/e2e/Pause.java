package app.journal.e2e;

import java.time.Duration;

/** Waiting in a test without a checked exception: an interrupt ends the test. */
final class Pause {

    private Pause() {}

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
