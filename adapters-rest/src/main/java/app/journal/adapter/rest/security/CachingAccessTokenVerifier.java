package app.journal.adapter.rest.security;

import app.journal.adapter.rest.token.AccessClaims;
import app.journal.adapter.rest.token.InvalidTokenException;
import app.journal.domain.session.SessionId;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Verifies access tokens, remembering the ones that verified (ES256 verification costs ~0.4 ms; a
 * page that makes several API calls should pay it once). The cache is a Caffeine cache (no global
 * lock on the request path), bounded, and each entry expires at its own token's expiry; a hit is also
 * checked against the clock, so an entry is never used past it. What this cache never holds: whether
 * the token's session is still active. That is asked on every request ({@code sessionActive}, in
 * production {@link ActiveSessionView}: from memory, kept current by notifications from every node),
 * so logout, device revocation and reuse detection stop a session's access tokens at once.
 */
public final class CachingAccessTokenVerifier implements AccessTokenVerifier {

    private final Function<String, AccessClaims> decoder;
    private final Predicate<SessionId> sessionActive;
    private final Clock clock;
    private final Cache<String, AccessClaims> verified;

    public CachingAccessTokenVerifier(Function<String, AccessClaims> decoder, Predicate<SessionId> sessionActive,
            Clock clock, int maxEntries) {
        this.decoder = decoder;
        this.sessionActive = sessionActive;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfter(Expiry.<String, AccessClaims>creating((token, claims) -> {
                    Duration left = Duration.between(clock.instant(), claims.expiresAt());
                    return left.isNegative() ? Duration.ZERO : left;
                }))
                .build();
    }

    @Override
    public AccessClaims verify(String token) {
        AccessClaims claims = verified.getIfPresent(token);
        if (claims == null || !clock.instant().isBefore(claims.expiresAt())) {
            claims = decoder.apply(token);
            verified.put(token, claims);
        }
        if (claims.sessionId() != null && !sessionActive.test(claims.sessionId())) {
            throw new InvalidTokenException("session no longer active");
        }
        return claims;
    }

    /** Runs pending evictions now (Caffeine does them in the background): for tests that count entries. */
    void cleanUp() {
        verified.cleanUp();
    }

    /** How many tokens are remembered, after {@link #cleanUp()}: for tests. */
    long size() {
        return verified.estimatedSize();
    }
}
