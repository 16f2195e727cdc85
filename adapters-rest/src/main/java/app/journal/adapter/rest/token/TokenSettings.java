package app.journal.adapter.rest.token;

import java.time.Duration;
import java.util.Objects;

/**
 * What Journal's tokens say about themselves and how long they live.
 *
 * @param issuer {@code iss} of every token
 * @param accessAudience {@code aud} of access tokens (the API)
 * @param refreshAudience {@code aud} of refresh tokens (only the refresh endpoint reads them)
 * @param verifyAudience {@code aud} of email verification tokens
 * @param accessTtl access token lifetime
 * @param verifyTtl verification link lifetime
 * @param clockSkew tolerance for clocks that disagree a little
 */
public record TokenSettings(
        String issuer,
        String accessAudience,
        String refreshAudience,
        String verifyAudience,
        Duration accessTtl,
        Duration verifyTtl,
        Duration clockSkew) {

    public TokenSettings {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(accessAudience, "accessAudience");
        Objects.requireNonNull(refreshAudience, "refreshAudience");
        Objects.requireNonNull(verifyAudience, "verifyAudience");
        if (accessAudience.equals(refreshAudience) || accessAudience.equals(verifyAudience)
                || refreshAudience.equals(verifyAudience)) {
            throw new IllegalArgumentException("access, refresh and verify audiences must differ");
        }
        if (accessTtl.isNegative() || accessTtl.isZero() || verifyTtl.isNegative() || verifyTtl.isZero()) {
            throw new IllegalArgumentException("token lifetimes must be positive");
        }
    }
}
