package app.journal.adapter.rest.token;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.adapter.rest.auth.transport.CsrfTokens;
import app.journal.domain.session.SessionId;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Every token parser, fed hostile tokens (see {@link HostileTokens}), either refuses with an
 * {@link InvalidTokenException} (the verify port: an empty answer) or, for a token it issued itself,
 * reads it: never another exception, which would become a 500 at the edge. Three drivers, one target:
 * <ul>
 *   <li>{@link #hostile_tokens_are_refused_as_invalid_tokens_only} is a Jazzer fuzz test. In a normal
 *       build it replays its corpus ({@code src/test/resources/.../TokenParsersFuzzTestInputs}); with
 *       {@code JAZZER_FUZZ=1} it fuzzes, coverage-guided, for {@code maxDuration} (README, Benchmarks);</li>
 *   <li>{@link #seeded_random_tokens_are_refused_as_invalid_tokens_only} runs {@code journal.fuzz.tries}
 *       random inputs (default 2000) from a fresh seed, or {@code journal.fuzz.seed} to replay one.</li>
 * </ul>
 * @see "docs/decisions/0012-fuzzing-with-jazzer.md"
 */
class TokenParsersFuzzTest {

    private static final TokenSettings SETTINGS = new TokenSettings("journal", "journal-api", "journal-refresh",
            "journal-verify", Duration.ofMinutes(10), Duration.ofHours(24), Duration.ofSeconds(30));
    private static final TokenKeys KEYS = TokenKeys.generate();
    private static final JjwtTokenCodec CODEC = new JjwtTokenCodec(KEYS, SETTINGS, Clock.systemUTC());
    private static final JwtVerificationTokens VERIFY = new JwtVerificationTokens(CODEC);
    private static final CsrfTokens CSRF = new CsrfTokens(KEYS.hmac());
    private static final SessionId SID = SessionId.random();
    private static final HostileTokens HOSTILE = new HostileTokens(KEYS, SETTINGS, Clock.systemUTC());

    @FuzzTest(maxDuration = "5m")
    void hostile_tokens_are_refused_as_invalid_tokens_only(byte[] input) {
        everyParserRefusesOrReads(HOSTILE.from(input));
    }

    @Test
    void seeded_random_tokens_are_refused_as_invalid_tokens_only() {
        long seed = Long.getLong("journal.fuzz.seed", new SplittableRandom().nextLong());
        int tries = Integer.getInteger("journal.fuzz.tries", 2000);
        var random = new SplittableRandom(seed);
        for (int i = 0; i < tries; i++) {
            var input = new byte[random.nextInt(1, 200)];
            random.nextBytes(input);
            try {
                everyParserRefusesOrReads(HOSTILE.from(input));
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("replay with -Djournal.fuzz.seed=" + seed + " (try " + i + ", input "
                        + HexFormat.of().formatHex(input) + ")", e);
            }
        }
    }

    @Test
    void the_driver_would_see_a_parser_that_throws_something_else() {
        // The target itself must be able to fail: an exception other than InvalidTokenException escapes it.
        var thrown = org.assertj.core.api.Assertions.catchThrowable(() -> refusedOrRead("x", token -> {
            throw new IllegalStateException("boom");
        }));
        assertThat(thrown).isInstanceOf(IllegalStateException.class);
    }

    private static void everyParserRefusesOrReads(String token) {
        refusedOrRead(token, CODEC::readAccess);
        refusedOrRead(token, CODEC::readRefresh);
        refusedOrRead(token, CODEC::readVerify);
        assertThat(VERIFY.read(token)).isNotNull();
        assertThat(CSRF.matches(SID, token)).as("a hostile token is never this session's CSRF token")
                .isEqualTo(token.equals(CSRF.tokenFor(SID)));
    }

    /** Refused with InvalidTokenException, or read into claims; anything else escapes and fails the run. */
    private static void refusedOrRead(String token, java.util.function.Function<String, ?> parser) {
        try {
            assertThat(parser.apply(token)).isNotNull();
        } catch (InvalidTokenException refused) {
            assertThat(refused).hasMessageNotContaining(KEYS.hmacBase64());
        }
    }
}
