package app.journal.domain.session;

import java.time.Duration;
import java.util.Objects;

/**
 * How long sessions live.
 *
 * @param idleTimeout a session unused for this long is over
 * @param absoluteLifetime a session is over this long after it started, however busy; rotation
 *     never extends it
 * @param reuseGrace how long the immediate predecessor of the current refresh token is still
 *     answered (with the current generation) instead of being treated as a replay
 */
public record SessionPolicy(Duration idleTimeout, Duration absoluteLifetime, Duration reuseGrace) {

    public SessionPolicy {
        requirePositive(idleTimeout, "idleTimeout");
        requirePositive(absoluteLifetime, "absoluteLifetime");
        Objects.requireNonNull(reuseGrace, "reuseGrace");
        if (reuseGrace.isNegative()) {
            throw new IllegalArgumentException("reuseGrace must not be negative");
        }
        if (idleTimeout.compareTo(absoluteLifetime) > 0) {
            throw new IllegalArgumentException("idleTimeout must not exceed absoluteLifetime");
        }
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
