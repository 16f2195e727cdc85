package app.journal.adapter.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.adapter.rest.token.AccessClaims;
import app.journal.application.testing.TestClock;
import app.journal.adapter.rest.token.InvalidTokenException;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.Role;
import app.journal.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachingAccessTokenVerifierTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final AtomicInteger decodes = new AtomicInteger();
    private final SessionId session = SessionId.random();
    private final Set<SessionId> revoked = new HashSet<>();
    private Instant expiry = NOW.plusSeconds(600);

    private CachingAccessTokenVerifier verifier(Clock clock, int maxEntries) {
        return new CachingAccessTokenVerifier(token -> {
            decodes.incrementAndGet();
            if (token.startsWith("bad")) {
                throw new InvalidTokenException("bad");
            }
            return new AccessClaims(new UserId(java.util.UUID.nameUUIDFromBytes(token.getBytes())), session,
                    Set.of(Role.USER), expiry);
        }, sid -> !revoked.contains(sid), clock, maxEntries);
    }

    @Test
    void a_token_that_verified_once_is_not_decoded_again() {
        var verifier = verifier(Clock.fixed(NOW, ZoneOffset.UTC), 10);

        verifier.verify("t1");
        verifier.verify("t1");
        verifier.verify("t1");

        assertThat(decodes).hasValue(1);
    }

    @Test
    void a_cached_token_of_a_revoked_session_is_refused_at_once() {
        var verifier = verifier(Clock.fixed(NOW, ZoneOffset.UTC), 10);
        verifier.verify("t1");

        revoked.add(session);

        assertThatThrownBy(() -> verifier.verify("t1")).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void a_cached_entry_is_never_used_past_the_token_expiry() {
        expiry = NOW.plusSeconds(5);
        var clock = new TestClock(NOW);
        var verifier = verifier(clock, 10);
        verifier.verify("t1");

        clock.set(NOW.plusSeconds(5));
        verifier.verify("t1");

        assertThat(decodes).as("decoded again, so the real expiry check applies").hasValue(2);
    }

    @Test
    void invalid_tokens_are_not_cached_and_the_cache_is_bounded() {
        var verifier = verifier(Clock.fixed(NOW, ZoneOffset.UTC), 2);
        assertThatThrownBy(() -> verifier.verify("bad")).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> verifier.verify("bad")).isInstanceOf(InvalidTokenException.class);
        assertThat(decodes).hasValue(2);

        for (int i = 0; i < 100; i++) {
            verifier.verify("t" + i);
        }
        verifier.cleanUp();

        assertThat(verifier.size()).as("at most the bound is remembered").isLessThanOrEqualTo(2);
        int before = decodes.get();
        for (int i = 0; i < 100; i++) {
            verifier.verify("t" + i);
        }
        assertThat(decodes.get() - before).as("all but at most two decoded again").isGreaterThanOrEqualTo(98);
    }
}
