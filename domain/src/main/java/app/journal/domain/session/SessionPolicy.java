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
 * @param browserSessionLifetime the absolute lifetime of a session that is not kept past the browser's
 *     life ({@link SessionPersistence#BROWSER_SESSION}); at most {@code absoluteLifetime}
 */
public record SessionPolicy(
        Duration idleTimeout, Duration absoluteLifetime, Duration reuseGrace, Duration browserSessionLifetime) {

    public SessionPolicy {
        requirePositive(idleTimeout, "idleTimeout");
        requirePositive(absoluteLifetime, "absoluteLifetime");
        requirePositive(browserSessionLifetime, "browserSessionLifetime");
        if (browserSessionLifetime.compareTo(absoluteLifetime) > 0) {
            throw new IllegalArgumentException("browserSessionLifetime must not exceed absoluteLifetime");
        }
        Objects.requireNonNull(reuseGrace, "reuseGrace");
        if (reuseGrace.isNegative()) {
            throw new IllegalArgumentException("reuseGrace must not be negative");
        }
        if (idleTimeout.compareTo(absoluteLifetime) > 0) {
            throw new IllegalArgumentException("idleTimeout must not exceed absoluteLifetime");
        }
    }

    /** How long after its start a session of this kind is over, however busy. The one place this is decided. */
    public Duration lifetimeOf(SessionPersistence persistence) {
        return switch (persistence) {
            case PERSISTENT -> absoluteLifetime;
            case BROWSER_SESSION -> browserSessionLifetime;
        };
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
