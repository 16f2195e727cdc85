package app.journal.adapter.rest.auth.transport;

import app.journal.adapter.rest.token.IssuedToken;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** The answer to a sign-in or a refresh. {@link #toString()} never shows a token. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenResponse(
        String accessToken,
        @Schema(description = "Body transport only; absent with the cookie transport (the token is in the "
                + "HttpOnly refresh cookie).", nullable = true)
        @Nullable String refreshToken,
        String tokenType,
        @Schema(description = "Seconds until the access token expires.")
        long expiresIn,
        @Schema(description = "Seconds until the refresh token (the session) expires.")
        long refreshExpiresIn,
        @Schema(description = "Cookie transport only: send it as the X-CSRF-Token header of every refresh and "
                + "logout (also readable from the CSRF cookie).", nullable = true)
        @Nullable String csrfToken) {

    static TokenResponse inBody(SessionTokens tokens, Clock clock) {
        return of(tokens, tokens.refresh().value(), null, clock);
    }

    static TokenResponse withoutRefreshToken(SessionTokens tokens, String csrfToken, Clock clock) {
        return of(tokens, null, csrfToken, clock);
    }

    private static TokenResponse of(SessionTokens tokens, @Nullable String refreshToken, @Nullable String csrfToken,
            Clock clock) {
        return new TokenResponse(tokens.access().value(), refreshToken, "Bearer", secondsUntil(tokens.access(), clock),
                secondsUntil(tokens.refresh(), clock), csrfToken);
    }

    static long secondsUntil(IssuedToken token, Clock clock) {
        return Math.max(0, Duration.between(clock.instant(), token.expiresAt()).toSeconds());
    }

    /** 200 with these headers, never cached. */
    static ResponseEntity<TokenResponse> answer(HttpHeaders headers, TokenResponse body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("Pragma", "no-cache")
                .headers(headers).body(body);
    }

    @Override
    public String toString() {
        return "TokenResponse[redacted]";
    }
}
