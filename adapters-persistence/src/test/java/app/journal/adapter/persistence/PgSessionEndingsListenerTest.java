package app.journal.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.adapter.persistence.testing.MigratedDatabase;
import app.journal.application.port.out.SessionEndings;
import app.journal.domain.session.RefreshId;
import app.journal.domain.session.RefreshStep;
import app.journal.domain.session.RevokeReason;
import app.journal.domain.session.SessionId;
import app.journal.domain.session.SessionPersistence;
import app.journal.domain.session.SessionPolicy;
import app.journal.domain.session.UserSession;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.PasswordHash;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * V7's trigger and the listener on a real PostgreSQL: every way a session ends is told, once it
 * commits; nothing else is; a killed connection is told as lost and the listener comes back.
 */
class PgSessionEndingsListenerTest {

    @RegisterExtension
    static final MigratedDatabase db = new MigratedDatabase("session_endings");

    private static final SessionPolicy POLICY =
            new SessionPolicy(Duration.ofDays(14), Duration.ofDays(30), Duration.ofSeconds(10), Duration.ofHours(12));

    private final Recorder recorder = new Recorder();
    private final JooqUserSessions sessions = new JooqUserSessions(db.dsl());
    private final JooqUsers users = new JooqUsers(db.dsl());
    private PgSessionEndingsListener listener;

    @BeforeEach
    void listen() throws Exception {
        listener = new PgSessionEndingsListener(() -> db.database().dataSource().getConnection(), recorder,
                Duration.ofMillis(200), Duration.ofMillis(400)).start();
        assertThat(recorder.next()).isEqualTo("subscribed");
    }

    @AfterEach
    void stop() {
        listener.close();
    }

    @Test
    void every_way_a_session_ends_is_told() throws Exception {
        UserId ada = user();
        UserSession loggedOut = session(ada);
        UserSession kept = session(ada);
        UserSession other = session(ada);
        UserId bob = user();
        UserSession bobs = session(bob);
        UserSession bobsOther = session(bob);
        UserId carol = user();
        UserSession carols = session(carol);

        sessions.revoke(loggedOut.id(), Instant.now(), RevokeReason.LOGOUT);
        assertThat(recorder.next()).isEqualTo(ended(loggedOut));

        sessions.revokeAllExcept(ada, kept.id(), Instant.now(), RevokeReason.USER_REVOKED);
        assertThat(recorder.next()).isEqualTo(ended(other));

        // Revoking every session of an account in one statement (password reset or change).
        db.dsl().execute("UPDATE user_sessions SET revoked_at = now(), revoke_reason = 'password_changed'"
                + " WHERE user_id = ? AND revoked_at IS NULL", bob.value());
        assertThat(List.of(recorder.next(), recorder.next())).containsExactlyInAnyOrder(ended(bobs), ended(bobsOther));

        // Deleting an account deletes its sessions by ON DELETE CASCADE.
        db.dsl().execute("DELETE FROM users WHERE id = ?", carol.value());
        assertThat(recorder.next()).isEqualTo(ended(carols));
    }

    @Test
    void a_rotation_a_second_revocation_and_a_rolled_back_one_tell_nothing() throws Exception {
        UserId ada = user();
        UserSession rotated = session(ada);
        UserSession rolledBack = session(ada);
        UserSession twice = session(ada);
        UserSession marker = session(ada);
        sessions.revoke(twice.id(), Instant.now(), RevokeReason.LOGOUT);
        assertThat(recorder.next()).isEqualTo(ended(twice));

        sessions.rotate(new RefreshStep(rotated.id(), rotated.refreshId(), RefreshId.random(), Instant.now()), POLICY);
        // Already revoked: revoked_at changes again, but it does not become non-null now.
        db.dsl().execute("UPDATE user_sessions SET revoked_at = now() WHERE id = ?", twice.id().value());
        try {
            db.dsl().transaction(tx -> {
                new JooqUserSessions(DSL.using(tx)).revoke(rolledBack.id(), Instant.now(), RevokeReason.LOGOUT);
                throw new IllegalStateException("roll back");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        sessions.revoke(marker.id(), Instant.now(), RevokeReason.LOGOUT);

        assertThat(recorder.next()).as("the first thing told after those").isEqualTo(ended(marker));
    }

    @Test
    void a_killed_connection_is_told_as_lost_and_the_listener_subscribes_again() throws Exception {
        int pid = listener.backendPid();
        assertThat(pid).isPositive();

        db.dsl().fetch("SELECT pg_terminate_backend(?)", pid);

        assertThat(recorder.next()).isEqualTo("lost");
        assertThat(recorder.next()).isEqualTo("subscribed");
        assertThat(listener.backendPid()).isNotEqualTo(pid);
        UserSession session = session(user());
        sessions.revoke(session.id(), Instant.now(), RevokeReason.LOGOUT);
        assertThat(recorder.next()).isEqualTo(ended(session));
    }

    private static String ended(UserSession session) {
        return "ended " + session.id();
    }

    private UserId user() {
        var user = User.register(UserId.random(), new EmailAddress("e-" + UUID.randomUUID() + "@example.org"),
                new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA"), Instant.now());
        users.addIfEmailFree(user);
        return user.id();
    }

    private UserSession session(UserId user) {
        var session = UserSession.start(SessionId.random(), user, RefreshId.random(), Instant.now(), POLICY,
                SessionPersistence.PERSISTENT, null, null);
        sessions.add(session);
        return session;
    }

    /** What the listener told, in order; heartbeat confirmations are counted, not queued. */
    private static final class Recorder implements SessionEndings {

        private final BlockingQueue<String> told = new LinkedBlockingQueue<>();
        private final List<String> unexpected = new ArrayList<>();

        String next() throws InterruptedException {
            String next = told.poll(30, TimeUnit.SECONDS);
            assertThat(next).as("something told within 30 s").isNotNull();
            return next;
        }

        @Override
        public void subscribed() {
            told.add("subscribed");
        }

        @Override
        public void confirmed() {}

        @Override
        public void ended(SessionId session) {
            told.add("ended " + session);
        }

        @Override
        public void lost() {
            told.add("lost");
        }
    }
}
