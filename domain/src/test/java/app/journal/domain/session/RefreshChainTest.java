package app.journal.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RefreshChainTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final Duration GRACE = Duration.ofSeconds(30);
    private static final SessionPolicy POLICY = new SessionPolicy(Duration.ofDays(7), Duration.ofDays(30), GRACE,
            Duration.ofHours(12));
    private static final RefreshChain CHAIN = RefreshChain.keyedBy(secret(1));
    private static final SessionId SESSION = new SessionId(UUID.fromString("11111111-1111-4111-8111-111111111111"));
    private static final UserId USER = new UserId(UUID.fromString("22222222-2222-4222-8222-222222222222"));
    private static final RefreshId FIRST = new RefreshId(UUID.fromString("33333333-3333-4333-8333-333333333333"));

    private static byte[] secret(int fill) {
        byte[] secret = new byte[32];
        java.util.Arrays.fill(secret, (byte) fill);
        return secret;
    }

    /** The generation {@code n} rotations after {@link #FIRST}. */
    private static RefreshId generation(int n) {
        RefreshId id = FIRST;
        for (int i = 0; i < n; i++) {
            id = CHAIN.next(SESSION, id);
        }
        return id;
    }

    /** The session as stored after {@code n} rotations, the last one at {@code at}. */
    private static UserSession storedAfter(int n, Instant at) {
        UserSession session = UserSession.start(SESSION, USER, FIRST, T0, POLICY, SessionPersistence.PERSISTENT, null,
                null);
        for (int i = 0; i < n; i++) {
            Instant when = i == n - 1 ? at : T0.plusSeconds(i);
            var rotation = session.rotate(new RefreshStep(SESSION, session.refreshId(),
                    CHAIN.next(SESSION, session.refreshId()), when), POLICY, CHAIN);
            session = ((Rotation.Rotated) rotation).session();
        }
        return session;
    }

    private static Rotation present(UserSession stored, RefreshId presented, Instant now) {
        return stored.rotate(new RefreshStep(SESSION, presented, CHAIN.next(SESSION, presented), now), POLICY, CHAIN);
    }

    @Nested
    class Generations {

        @Test
        void the_same_key_session_and_generation_give_the_same_successor() {
            assertThat(RefreshChain.keyedBy(secret(1)).next(SESSION, FIRST)).isEqualTo(CHAIN.next(SESSION, FIRST));
        }

        @Test
        void another_key_or_another_session_gives_another_successor() {
            var otherSession = new SessionId(UUID.fromString("44444444-4444-4444-8444-444444444444"));

            assertThat(RefreshChain.keyedBy(secret(2)).next(SESSION, FIRST)).isNotEqualTo(CHAIN.next(SESSION, FIRST));
            assertThat(CHAIN.next(otherSession, FIRST)).isNotEqualTo(CHAIN.next(SESSION, FIRST));
        }

        @Test
        void successors_are_version_4_shaped_uuids_that_do_not_repeat_along_a_chain() {
            var seen = new HashSet<RefreshId>();
            RefreshId id = FIRST;
            for (int i = 0; i < 2_000; i++) {
                id = CHAIN.next(SESSION, id);
                assertThat(id.value().version()).isEqualTo(4);
                assertThat(id.value().variant()).isEqualTo(2);
                assertThat(seen.add(id)).as("generation %d is new", i + 1).isTrue();
            }
        }

        @Test
        void generations_ahead_counts_forward_only_and_within_the_bound() {
            assertThat(CHAIN.generationsAhead(SESSION, FIRST, generation(1))).isEqualTo(1);
            assertThat(CHAIN.generationsAhead(SESSION, generation(3), generation(40))).isEqualTo(37);
            assertThat(CHAIN.generationsAhead(SESSION, generation(0), generation(RefreshChain.RECOGNISED_AHEAD)))
                    .isEqualTo(RefreshChain.RECOGNISED_AHEAD);
            assertThat(CHAIN.generationsAhead(SESSION, generation(0), generation(RefreshChain.RECOGNISED_AHEAD + 1)))
                    .isZero();
            assertThat(CHAIN.generationsAhead(SESSION, generation(5), generation(4))).isZero();
            assertThat(CHAIN.generationsAhead(SESSION, generation(5), generation(5))).isZero();
            assertThat(CHAIN.generationsAhead(SESSION, FIRST, RefreshId.random())).isZero();
        }

        @Test
        void a_short_secret_is_refused() {
            assertThatThrownBy(() -> RefreshChain.keyedBy(new byte[31])).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class AfterACrashLostRotations {

        @Test
        void a_token_some_generations_ahead_of_the_stored_one_makes_the_store_catch_up_with_it() {
            UserSession stored = storedAfter(3, T0.plusSeconds(2));

            var rotation = present(stored, generation(8), T0.plusSeconds(10));

            assertThat(rotation).isInstanceOf(Rotation.StoreBehind.class);
            var behind = (Rotation.StoreBehind) rotation;
            assertThat(behind.lost()).isEqualTo(5);
            assertThat(behind.catchUp()).isEqualTo(new RefreshStep(SESSION, generation(3), generation(8),
                    T0.plusSeconds(10)));
            assertThat(stored.rotate(behind.catchUp(), POLICY, CHAIN)).isInstanceOf(Rotation.Rotated.class);
        }

        @Test
        void after_catching_up_the_token_rotates_as_usual_and_is_then_the_immediate_predecessor() {
            UserSession stored = storedAfter(3, T0.plusSeconds(2));
            Instant now = T0.plusSeconds(10);
            var behind = (Rotation.StoreBehind) present(stored, generation(8), now);
            UserSession caughtUp = ((Rotation.Rotated) stored.rotate(behind.catchUp(), POLICY, CHAIN)).session();

            var rotation = present(caughtUp, generation(8), now);

            assertThat(rotation).isInstanceOf(Rotation.Rotated.class);
            UserSession after = ((Rotation.Rotated) rotation).session();
            assertThat(after.refreshId()).isEqualTo(generation(9));
            assertThat(after.previousRefreshId()).isEqualTo(generation(8));
            assertThat(present(after, generation(8), now.plus(GRACE))).isInstanceOf(Rotation.ReuseDetected.class);
        }

        @Test
        void a_replayed_older_generation_is_still_reuse_and_never_a_lost_one() {
            UserSession stored = storedAfter(6, T0.plusSeconds(5));

            assertThat(present(stored, generation(2), T0.plusSeconds(10))).isInstanceOf(Rotation.ReuseDetected.class);
            assertThat(present(stored, generation(5), T0.plusSeconds(60))).isInstanceOf(Rotation.ReuseDetected.class);
            assertThat(present(stored, generation(5), T0.plusSeconds(10))).isInstanceOf(Rotation.AlreadyRotated.class);
        }

        @Test
        void a_generation_of_another_chain_or_too_far_ahead_is_reuse() {
            UserSession stored = storedAfter(1, T0);
            RefreshId foreign = RefreshChain.keyedBy(secret(9)).next(SESSION, generation(1));

            assertThat(present(stored, foreign, T0.plusSeconds(60))).isInstanceOf(Rotation.ReuseDetected.class);
            assertThat(present(stored, generation(2 + RefreshChain.RECOGNISED_AHEAD), T0.plusSeconds(60)))
                    .isInstanceOf(Rotation.ReuseDetected.class);
        }

        @Test
        void without_a_chain_the_rule_is_the_one_of_before() {
            UserSession stored = storedAfter(1, T0);

            assertThat(stored.rotate(new RefreshStep(SESSION, generation(3), RefreshId.random(), T0.plusSeconds(60)),
                    POLICY)).isInstanceOf(Rotation.ReuseDetected.class);
        }

        @Test
        void a_revoked_or_expired_session_stays_so_whatever_generation_is_presented() {
            UserSession stored = storedAfter(1, T0).revoke(T0.plusSeconds(1), RevokeReason.LOGOUT);

            assertThat(present(stored, generation(4), T0.plusSeconds(2))).isInstanceOf(Rotation.Revoked.class);
            assertThat(present(storedAfter(1, T0), generation(4), T0.plus(Duration.ofDays(8))))
                    .isInstanceOf(Rotation.Expired.class);
        }
    }
}
