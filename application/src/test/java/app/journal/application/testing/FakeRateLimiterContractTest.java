package app.journal.application.testing;

import app.journal.application.port.out.RateLimiter;
import java.time.Clock;

class FakeRateLimiterContractTest extends RateLimiterContract {

    @Override
    protected RateLimiter rateLimiter(Clock clock) {
        return new FakeRateLimiter(clock);
    }
}
