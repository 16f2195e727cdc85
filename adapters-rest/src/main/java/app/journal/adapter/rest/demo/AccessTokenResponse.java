package app.journal.adapter.rest.demo;

import app.journal.adapter.rest.token.IssuedToken;
import java.time.Clock;
import java.time.Duration;

public record AccessTokenResponse(String accessToken, String tokenType, long expiresIn) {

    public static AccessTokenResponse from(IssuedToken token, Clock clock) {
        return new AccessTokenResponse(token.value(), "Bearer",
                Math.max(0, Duration.between(clock.instant(), token.expiresAt()).toSeconds()));
    }

    @Override
    public String toString() {
        return "AccessTokenResponse[redacted]";
    }
}
