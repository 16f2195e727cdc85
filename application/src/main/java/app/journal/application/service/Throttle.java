package app.journal.application.service;

import app.journal.application.port.in.RateLimitedException;
import app.journal.application.port.out.RateLimiter;

/** Asks the shared rate limiter and turns "limited" into the use cases' exception. */
public final class Throttle {

    private final RateLimiter limiter;

    public Throttle(RateLimiter limiter) {
        this.limiter = limiter;
    }

    public void check(String key, AccountSettings.Rule rule) {
        switch (limiter.tryAcquire(key, rule.limit(), rule.window())) {
            case RateLimiter.Decision.Allowed allowed -> { }
            case RateLimiter.Decision.Limited limited -> throw new RateLimitedException(limited.retryAfter());
        }
    }

    /** Counts an attempt like {@link #check}, but answers instead of throwing: for limits the caller must not see. */
    public boolean allows(String key, AccountSettings.Rule rule) {
        return switch (limiter.tryAcquire(key, rule.limit(), rule.window())) {
            case RateLimiter.Decision.Allowed allowed -> true;
            case RateLimiter.Decision.Limited limited -> false;
        };
    }
}
