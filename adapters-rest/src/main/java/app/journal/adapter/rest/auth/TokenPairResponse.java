package app.journal.adapter.rest.auth;

import app.journal.adapter.rest.token.IssuedToken;
import java.time.Clock;
import java.time.Duration;

public record TokenPairResponse(String accessToken, String refreshToken, String tokenType, long expiresIn,
        long refreshExpiresIn) {

    static TokenPairResponse from(IssuedToken access, IssuedToken refresh, Clock clock) {
        var now = clock.instant();
        return new TokenPairResponse(access.value(), refresh.value(), "Bearer",
                Math.max(0, Duration.between(now, access.expiresAt()).toSeconds()),
                Math.max(0, Duration.between(now, refresh.expiresAt()).toSeconds()));
    }

    @Override
    public String toString() {
        return "TokenPairResponse[redacted]";
    }
}
