package app.journal.adapter.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.application.testing.TestClock;
import app.journal.domain.session.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The in-memory view on a stand-in database; the real feed and two nodes: {@code SessionRevocationAcrossNodesTest}. */
class ActiveSessionViewTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final TestClock clock = new TestClock(NOW);
    private final Map<SessionId, Instant> database = new HashMap<>();
    private final AtomicInteger reads = new AtomicInteger();
    private Runnable duringRead = () -> {};

    private ActiveSessionView view(Duration lease) {
        return new ActiveSessionView(id -> {
            reads.incrementAndGet();
            var answer = Optional.ofNullable(database.get(id));
            duringRead.run();
            return answer;
        }, clock, 100, lease);
    }

    private SessionId live() {
        var id = SessionId.random();
        database.put(id, NOW.plus(Duration.ofHours(1)));
        return id;
    }

    @Test
    void without_a_subscription_every_question_goes_to_the_database() {
        var view = view(LEASE);
        var id = live();

        assertThat(view.isActive(id)).isTrue();
        assertThat(view.isActive(id)).isTrue();

        assertThat(reads).hasValue(2);
        assertThat(view.isTrusted()).isFalse();
    }

    @Test
    void with_a_subscription_an_active_session_is_read_once() {
        var view = view(LEASE);
        view.subscribed();
        var id = live();

        for (int i = 0; i < 5; i++) {
            assertThat(view.isActive(id)).isTrue();
        }

        assertThat(reads).hasValue(1);
    }

    @Test
    void an_ended_session_is_forgotten_and_read_again() {
        var view = view(LEASE);
        view.subscribed();
        var id = live();
        view.isActive(id);

        database.remove(id);
        view.ended(id);

        assertThat(view.isActive(id)).isFalse();
        assertThat(reads).hasValue(2);
    }

    @Test
    void an_inactive_answer_is_never_remembered() {
        var view = view(LEASE);
        view.subscribed();
        var id = SessionId.random();

        assertThat(view.isActive(id)).isFalse();
        database.put(id, NOW.plusSeconds(60));
        assertThat(view.isActive(id)).isTrue();
    }

    @Test
    void a_lost_subscription_sends_every_question_to_the_database_and_a_new_one_forgets_everything() {
        var view = view(LEASE);
        view.subscribed();
        var id = live();
        view.isActive(id);

        view.lost();
        database.remove(id); // ended while nobody listened: no notice will come
        assertThat(view.isActive(id)).isFalse();
        assertThat(view.isTrusted()).isFalse();

        database.put(id, NOW.plusSeconds(60));
        view.isActive(id);
        view.subscribed();
        database.remove(id);
        assertThat(view.isActive(id)).as("nothing from before the subscription is trusted").isFalse();
    }

    @Test
    void a_subscription_not_confirmed_within_the_lease_is_not_trusted() {
        var view = view(Duration.ZERO);
        view.subscribed();
        view.confirmed();
        var id = live();

        view.isActive(id);
        view.isActive(id);

        assertThat(view.isTrusted()).isFalse();
        assertThat(reads).hasValue(2);
    }

    @Test
    void an_answer_read_while_the_session_ended_is_not_kept() {
        var view = view(LEASE);
        view.subscribed();
        var id = live();
        // The read saw the session active; its ending is applied before the answer is stored.
        duringRead = () -> view.ended(id);
        assertThat(view.isActive(id)).isTrue();
        duringRead = () -> {};
        database.remove(id);

        assertThat(view.isActive(id)).isFalse();
    }

    @Test
    void an_answer_is_kept_only_until_the_session_would_be_over() {
        var view = view(LEASE);
        view.subscribed();
        var id = SessionId.random();
        database.put(id, NOW.plusSeconds(30));
        view.isActive(id);

        clock.set(NOW.plusSeconds(30));

        assertThat(view.isActive(id)).isFalse();
        assertThat(reads).hasValue(2);
    }
}
