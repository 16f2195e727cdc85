package app.journal.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UserSessionTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final Duration IDLE = Duration.ofDays(7);
    private static final Duration ABSOLUTE = Duration.ofDays(30);
    private static final Duration GRACE = Duration.ofSeconds(30);
    private static final Duration BROWSER = Duration.ofHours(12);
    private static final SessionPolicy POLICY = new SessionPolicy(IDLE, ABSOLUTE, GRACE, BROWSER);

    private static final SessionId SESSION_ID = new SessionId(UUID.fromString("11111111-1111-4111-8111-111111111111"));
    private static final UserId USER_ID = new UserId(UUID.fromString("22222222-2222-4222-8222-222222222222"));
    private static final RefreshId RID_1 = rid(1);
    private static final RefreshId RID_2 = rid(2);
    private static final RefreshId RID_3 = rid(3);
    private static final RefreshId RID_4 = rid(4);
    private static final RefreshId NEVER_ISSUED = rid(99);

    private static RefreshId rid(int n) {
        return new RefreshId(UUID.fromString("00000000-0000-4000-8000-%012d".formatted(n)));
    }

    private static UserSession started() {
        return UserSession.start(SESSION_ID, USER_ID, RID_1, T0, POLICY, SessionPersistence.PERSISTENT, "Firefox",
                "203.0.113.7");
    }

    /** Rotates and insists that it worked, for arranging a session that has a history. */
    private static UserSession rotated(UserSession session, RefreshId presented, Instant now, RefreshId next) {
        var rotation = session.rotate(presented, now, next, POLICY);
        assertThat(rotation).isInstanceOf(Rotation.Rotated.class);
        return ((Rotation.Rotated) rotation).session();
    }

    @Nested
    class Start {

        @Test
        void start_sets_expiry_to_now_plus_absolute_lifetime() {
            var session = started();

            assertThat(session.expiresAt()).isEqualTo(T0.plus(ABSOLUTE));
        }

        @Test
        void a_browser_session_expires_after_the_browser_session_lifetime() {
            var session = UserSession.start(SESSION_ID, USER_ID, RID_1, T0, POLICY, SessionPersistence.BROWSER_SESSION,
                    null, null);

            assertThat(session.expiresAt()).isEqualTo(T0.plus(BROWSER));
        }

        @Test
        void a_browser_session_is_expired_at_its_shorter_lifetime_and_rotation_keeps_that_expiry() {
            var session = UserSession.start(SESSION_ID, USER_ID, RID_1, T0, POLICY, SessionPersistence.BROWSER_SESSION,
                    null, null);
            var next = rotated(session, RID_1, T0.plus(Duration.ofHours(1)), RID_2);

            assertThat(next.expiresAt()).isEqualTo(T0.plus(BROWSER));
            assertThat(next.rotate(RID_2, T0.plus(BROWSER), RID_3, POLICY)).isInstanceOf(Rotation.Expired.class);
        }

        @Test
        void start_creates_an_unrotated_unrevoked_session_used_now() {
            var session = started();

            assertThat(session.id()).isEqualTo(SESSION_ID);
            assertThat(session.userId()).isEqualTo(USER_ID);
            assertThat(session.refreshId()).isEqualTo(RID_1);
            assertThat(session.previousRefreshId()).isNull();
            assertThat(session.rotatedAt()).isNull();
            assertThat(session.createdAt()).isEqualTo(T0);
            assertThat(session.lastUsedAt()).isEqualTo(T0);
            assertThat(session.revokedAt()).isNull();
            assertThat(session.revokeReason()).isNull();
            assertThat(session.userAgent()).isEqualTo("Firefox");
            assertThat(session.clientIp()).isEqualTo("203.0.113.7");
            assertThat(session.isActive(T0, POLICY)).isTrue();
        }

        @Test
        void revoked_at_without_a_reason_is_rejected() {
            var s = started();
            assertThatThrownBy(() -> new UserSession(s.id(), s.userId(), s.refreshId(), null, null, s.createdAt(),
                    s.lastUsedAt(), s.expiresAt(), T0, null, null, null))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void a_reason_without_revoked_at_is_rejected() {
            var s = started();
            assertThatThrownBy(() -> new UserSession(s.id(), s.userId(), s.refreshId(), null, null, s.createdAt(),
                    s.lastUsedAt(), s.expiresAt(), null, RevokeReason.LOGOUT, null, null))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class CurrentRefreshId {

        @Test
        void current_rid_rotates_to_next_and_remembers_the_old_one_as_previous() {
            var now = T0.plus(Duration.ofHours(5));

            var rotation = started().rotate(RID_1, now, RID_2, POLICY);

            assertThat(rotation).isInstanceOf(Rotation.Rotated.class);
            var session = ((Rotation.Rotated) rotation).session();
            assertThat(session.refreshId()).isEqualTo(RID_2);
            assertThat(session.previousRefreshId()).isEqualTo(RID_1);
            assertThat(session.rotatedAt()).isEqualTo(now);
            assertThat(session.lastUsedAt()).isEqualTo(now);
        }

        @Test
        void rotation_keeps_identity_creation_expiry_and_device() {
            var before = started();

            var after = rotated(before, RID_1, T0.plus(Duration.ofDays(3)), RID_2);

            assertThat(after.id()).isEqualTo(before.id());
            assertThat(after.userId()).isEqualTo(before.userId());
            assertThat(after.createdAt()).isEqualTo(T0);
            assertThat(after.expiresAt()).isEqualTo(before.expiresAt()).isEqualTo(T0.plus(ABSOLUTE));
            assertThat(after.userAgent()).isEqualTo(before.userAgent());
            assertThat(after.clientIp()).isEqualTo(before.clientIp());
            assertThat(after.isRevoked()).isFalse();
        }

        @Test
        void rotation_does_not_change_the_session_it_was_asked_on() {
            var before = started();
            var copy = started();

            before.rotate(RID_1, T0.plusSeconds(60), RID_2, POLICY);

            assertThat(before).isEqualTo(copy);
        }

        @Test
        void rotating_again_and_again_never_extends_the_absolute_lifetime() {
            // Used every 6 days, so never idle: only the absolute lifetime can end it.
            var session = rotated(started(), RID_1, T0.plus(Duration.ofDays(6)), RID_2);
            session = rotated(session, RID_2, T0.plus(Duration.ofDays(12)), RID_3);
            session = rotated(session, RID_3, T0.plus(Duration.ofDays(18)), RID_4);
            session = rotated(session, RID_4, T0.plus(Duration.ofDays(24)), RID_1);
            session = rotated(session, RID_1, T0.plus(Duration.ofDays(29)), RID_2);

            assertThat(session.expiresAt()).isEqualTo(T0.plus(ABSOLUTE));
            assertThat(session.rotate(RID_2, T0.plus(ABSOLUTE), RID_3, POLICY))
                    .isEqualTo(new Rotation.Expired(session));
        }
    }

    @Nested
    class ImmediatePredecessor {

        private final Instant rotatedAt = T0.plus(Duration.ofHours(1));
        private final UserSession session = rotated(started(), RID_1, rotatedAt, RID_2);

        @Test
        void immediate_predecessor_within_grace_is_already_rotated_and_changes_nothing() {
            var rotation = session.rotate(RID_1, rotatedAt.plusSeconds(10), RID_3, POLICY);

            assertThat(rotation).isInstanceOf(Rotation.AlreadyRotated.class);
            var answered = ((Rotation.AlreadyRotated) rotation).session();
            assertThat(answered).isEqualTo(session);
            assertThat(answered.refreshId()).isEqualTo(RID_2);
            assertThat(answered.lastUsedAt()).isEqualTo(rotatedAt);
        }

        @Test
        void immediate_predecessor_at_the_very_instant_of_rotation_is_already_rotated() {
            assertThat(session.rotate(RID_1, rotatedAt, RID_3, POLICY))
                    .isEqualTo(new Rotation.AlreadyRotated(session));
        }

        @Test
        void immediate_predecessor_one_nanosecond_before_grace_end_is_already_rotated() {
            var justBefore = rotatedAt.plus(GRACE).minusNanos(1);

            assertThat(session.rotate(RID_1, justBefore, RID_3, POLICY))
                    .isEqualTo(new Rotation.AlreadyRotated(session));
        }

        @Test
        void immediate_predecessor_exactly_at_grace_end_is_reuse_because_grace_end_is_exclusive() {
            assertThat(session.rotate(RID_1, rotatedAt.plus(GRACE), RID_3, POLICY))
                    .isEqualTo(new Rotation.ReuseDetected(session));
        }

        @Test
        void immediate_predecessor_after_grace_is_reuse_detected() {
            assertThat(session.rotate(RID_1, rotatedAt.plus(Duration.ofMinutes(10)), RID_3, POLICY))
                    .isEqualTo(new Rotation.ReuseDetected(session));
        }

        @Test
        void with_zero_grace_the_immediate_predecessor_is_always_reuse() {
            var noGrace = new SessionPolicy(IDLE, ABSOLUTE, Duration.ZERO, BROWSER);

            assertThat(session.rotate(RID_1, rotatedAt, RID_3, noGrace))
                    .isEqualTo(new Rotation.ReuseDetected(session));
        }
    }

    @Nested
    class OlderOrUnknownRefreshId {

        @Test
        void a_rid_two_generations_old_is_reuse_even_within_grace() {
            var first = T0.plusSeconds(60);
            var session = rotated(started(), RID_1, first, RID_2);
            session = rotated(session, RID_2, first.plusSeconds(1), RID_3);

            assertThat(session.rotate(RID_1, first.plusSeconds(2), RID_4, POLICY))
                    .isEqualTo(new Rotation.ReuseDetected(session));
        }

        @Test
        void an_unknown_rid_on_a_never_rotated_session_is_reuse() {
            var session = started();

            assertThat(session.rotate(NEVER_ISSUED, T0.plusSeconds(1), RID_2, POLICY))
                    .isEqualTo(new Rotation.ReuseDetected(session));
        }

        @Test
        void an_unknown_rid_within_grace_of_a_rotation_is_reuse() {
            var rotatedAt = T0.plusSeconds(60);
            var session = rotated(started(), RID_1, rotatedAt, RID_2);

            assertThat(session.rotate(NEVER_ISSUED, rotatedAt.plusSeconds(1), RID_3, POLICY))
                    .isEqualTo(new Rotation.ReuseDetected(session));
        }
    }

    @Nested
    class Revoked {

        private final Instant revokedAt = T0.plus(Duration.ofHours(2));

        @Test
        void revoked_session_answers_revoked_even_for_the_current_rid() {
            var session = started().revoke(revokedAt, RevokeReason.LOGOUT);

            assertThat(session.rotate(RID_1, revokedAt.plusSeconds(1), RID_2, POLICY))
                    .isEqualTo(new Rotation.Revoked(session));
        }

        @Test
        void revoked_session_answers_revoked_for_the_predecessor_within_grace() {
            var rotatedAt = T0.plusSeconds(60);
            var session = rotated(started(), RID_1, rotatedAt, RID_2)
                    .revoke(rotatedAt.plusSeconds(1), RevokeReason.USER_REVOKED);

            assertThat(session.rotate(RID_1, rotatedAt.plusSeconds(2), RID_3, POLICY))
                    .isEqualTo(new Rotation.Revoked(session));
        }

        @Test
        void revoked_session_answers_revoked_for_an_unknown_rid() {
            var session = started().revoke(revokedAt, RevokeReason.REUSE_DETECTED);

            assertThat(session.rotate(NEVER_ISSUED, revokedAt.plusSeconds(1), RID_2, POLICY))
                    .isEqualTo(new Rotation.Revoked(session));
        }

        @Test
        void revoked_and_expired_session_answers_revoked() {
            var session = started().revoke(revokedAt, RevokeReason.LOGOUT);

            assertThat(session.rotate(RID_1, T0.plus(ABSOLUTE).plusSeconds(1), RID_2, POLICY))
                    .isEqualTo(new Rotation.Revoked(session));
        }

        @Test
        void revoke_records_when_and_why_and_keeps_everything_else() {
            var before = started();

            var after = before.revoke(revokedAt, RevokeReason.USER_REVOKED);

            assertThat(after.isRevoked()).isTrue();
            assertThat(after.revokedAt()).isEqualTo(revokedAt);
            assertThat(after.revokeReason()).isEqualTo(RevokeReason.USER_REVOKED);
            assertThat(after)
                    .usingRecursiveComparison()
                    .ignoringFields("revokedAt", "revokeReason")
                    .isEqualTo(before);
            assertThat(after.isActive(revokedAt, POLICY)).isFalse();
        }

        @Test
        void revoke_is_idempotent_and_keeps_the_first_reason_and_instant() {
            var once = started().revoke(revokedAt, RevokeReason.LOGOUT);

            var twice = once.revoke(revokedAt.plusSeconds(60), RevokeReason.REUSE_DETECTED);

            assertThat(twice).isEqualTo(once);
            assertThat(twice.revokeReason()).isEqualTo(RevokeReason.LOGOUT);
            assertThat(twice.revokedAt()).isEqualTo(revokedAt);
        }
    }

    @Nested
    class Expiry {

        @Test
        void exactly_at_idle_timeout_the_session_is_expired() {
            var session = started();

            assertThat(session.rotate(RID_1, T0.plus(IDLE), RID_2, POLICY))
                    .isEqualTo(new Rotation.Expired(session));
            assertThat(session.isExpired(T0.plus(IDLE), POLICY)).isTrue();
        }

        @Test
        void one_nanosecond_before_idle_timeout_the_session_still_rotates() {
            assertThat(started().rotate(RID_1, T0.plus(IDLE).minusNanos(1), RID_2, POLICY))
                    .isInstanceOf(Rotation.Rotated.class);
        }

        @Test
        void past_idle_timeout_the_session_is_expired() {
            var session = started();

            assertThat(session.rotate(RID_1, T0.plus(IDLE).plus(Duration.ofDays(1)), RID_2, POLICY))
                    .isEqualTo(new Rotation.Expired(session));
        }

        @Test
        void idle_timeout_counts_from_the_last_use_not_from_the_start() {
            var lastUse = T0.plus(Duration.ofDays(5));
            var session = rotated(started(), RID_1, lastUse, RID_2);

            assertThat(session.rotate(RID_2, T0.plus(IDLE).plusSeconds(1), RID_3, POLICY))
                    .isInstanceOf(Rotation.Rotated.class);
            assertThat(session.rotate(RID_2, lastUse.plus(IDLE), RID_3, POLICY))
                    .isEqualTo(new Rotation.Expired(session));
        }

        @Test
        void exactly_at_absolute_expiry_a_busy_session_is_expired() {
            var session = recentlyUsedNearExpiry();

            assertThat(session.rotate(RID_3, session.expiresAt(), RID_4, POLICY))
                    .isEqualTo(new Rotation.Expired(session));
        }

        @Test
        void one_nanosecond_before_absolute_expiry_a_busy_session_still_rotates() {
            var session = recentlyUsedNearExpiry();

            assertThat(session.rotate(RID_3, session.expiresAt().minusNanos(1), RID_4, POLICY))
                    .isInstanceOf(Rotation.Rotated.class);
        }

        @Test
        void past_absolute_expiry_a_busy_session_is_expired() {
            var session = recentlyUsedNearExpiry();

            assertThat(session.rotate(RID_3, session.expiresAt().plusSeconds(1), RID_4, POLICY))
                    .isEqualTo(new Rotation.Expired(session));
        }

        @Test
        void expired_session_answers_expired_for_the_predecessor_within_grace() {
            // Rotated one second before the absolute expiry: the grace window would reach past it.
            var expiresAt = T0.plus(ABSOLUTE);
            var session = rotated(recentlyUsedNearExpiry(), RID_3, expiresAt.minusSeconds(1), RID_4);

            assertThat(session.rotate(RID_3, expiresAt, RID_1, POLICY))
                    .isEqualTo(new Rotation.Expired(session));
        }

        @Test
        void expired_session_answers_expired_for_an_unknown_rid() {
            var session = started();

            assertThat(session.rotate(NEVER_ISSUED, T0.plus(IDLE), RID_2, POLICY))
                    .isEqualTo(new Rotation.Expired(session));
        }

        /** Last used a day before its absolute expiry, current rid {@link #RID_3}. */
        private UserSession recentlyUsedNearExpiry() {
            var session = rotated(started(), RID_1, T0.plus(Duration.ofDays(6)), RID_2);
            session = rotated(session, RID_2, T0.plus(Duration.ofDays(12)), RID_3);
            session = rotated(session, RID_3, T0.plus(Duration.ofDays(18)), RID_4);
            session = rotated(session, RID_4, T0.plus(Duration.ofDays(24)), RID_2);
            return rotated(session, RID_2, T0.plus(ABSOLUTE).minus(Duration.ofDays(1)), RID_3);
        }
    }
}
