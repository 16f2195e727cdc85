package app.journal.domain.mfa;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * "Confirm it's you" (like GitHub's sudo mode): after proving it again with their strongest factors,
 * a person may make sensitive changes on that session for {@code window}. The server keeps the
 * confirmation time per session; no token claim decides this. The window is configured; the rule keeps
 * no default of its own.
 */
public record ConfirmationPolicy(Duration window) {

    public ConfirmationPolicy {
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive");
        }
    }

    /**
     * @param confirmedAt when this session last confirmed, or null if it never did
     * @return {@link ConfirmationCheck.Confirmed} while {@code now} is before {@code confirmedAt + window}
     */
    public ConfirmationCheck check(@Nullable Instant confirmedAt, Instant now) {
        Objects.requireNonNull(now, "now");
        if (confirmedAt == null) {
            return new ConfirmationCheck.Required();
        }
        var until = confirmedAt.plus(window);
        return now.isBefore(until) ? new ConfirmationCheck.Confirmed(until) : new ConfirmationCheck.Required();
    }
}
