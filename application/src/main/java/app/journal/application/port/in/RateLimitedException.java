package app.journal.application.port.in;

import java.time.Duration;

/** Too many attempts from this client or for this account; try again after {@link #retryAfter()}. */
public final class RateLimitedException extends RuntimeException {

    private final Duration retryAfter;

    public RateLimitedException(Duration retryAfter) {
        super("Rate limited");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
