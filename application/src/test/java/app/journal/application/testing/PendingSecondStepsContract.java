package app.journal.application.testing;

import static app.journal.application.testing.ContractFixtures.T0;
import static app.journal.application.testing.ContractFixtures.registeredUser;
import static org.assertj.core.api.Assertions.assertThat;

import app.journal.application.port.out.AccountTokens.TokenHash;
import app.journal.application.port.out.PendingSecondSteps;
import app.journal.application.port.out.PendingSecondSteps.PendingSecondStep;
import app.journal.application.port.out.Users;
import app.journal.domain.session.SessionPersistence;
import app.journal.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PendingSecondSteps} must do: found by hash until it expires, spent once (also when
 * requests race), every wrong code counted (none lost when they race), voided per account. Run against
 * {@link InMemoryPendingSecondSteps} and the jOOQ adapter on PostgreSQL.
 */
public abstract class PendingSecondStepsContract {

    private static final Duration LIFETIME = Duration.ofMinutes(5);

    protected abstract PendingSecondSteps pending();

    /** Where the accounts are registered (the real schema has a foreign key). */
    protected abstract Users users();

    private PendingSecondSteps pending;
    private Users users;

    @BeforeEach
    void setUpPorts() {
        pending = pending();
        users = users();
    }

    static TokenHash randomHash() {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return new TokenHash(HexFormat.of().formatHex(bytes));
    }

    private PendingSecondStep started(UserId user, Instant at) {
        var step = new PendingSecondStep(randomHash(), user, SessionPersistence.PERSISTENT, "JUnit", "192.0.2.1", at,
                at.plus(LIFETIME), 0);
        pending.add(step);
        return step;
    }

    @Test
    void an_added_pending_sign_in_is_found_with_every_field_until_it_expires() {
        UserId ada = registeredUser(users, "ada");
        var full = new PendingSecondStep(randomHash(), ada, SessionPersistence.BROWSER_SESSION,
                "Mozilla/5.0 (X11; Linux x86_64)", "2001:db8::7", T0, T0.plus(LIFETIME), 0);
        var bare = new PendingSecondStep(randomHash(), ada, SessionPersistence.PERSISTENT, null, null,
                T0.plusNanos(1_500), T0.plus(LIFETIME), 2);
        pending.add(full);
        pending.add(bare);

        assertThat(pending.find(full.hash(), T0)).contains(full);
        assertThat(pending.find(bare.hash(), T0)).contains(new PendingSecondStep(bare.hash(), ada,
                SessionPersistence.PERSISTENT, null, null, T0.plusNanos(1_000), T0.plus(LIFETIME), 2));
        assertThat(pending.find(full.hash(), T0.plus(LIFETIME).minusNanos(1_000))).as("a microsecond before")
                .isPresent();
        assertThat(pending.find(full.hash(), T0.plus(LIFETIME))).as("expired").isEmpty();
        assertThat(pending.find(randomHash(), T0)).as("unknown").isEmpty();
    }

    @Test
    void a_pending_sign_in_is_spent_once_and_not_after_it_expired() {
        UserId ada = registeredUser(users, "ada");
        PendingSecondStep step = started(ada, T0);
        PendingSecondStep late = started(ada, T0);

        assertThat(pending.spend(step.hash(), T0.plusSeconds(10))).contains(step);
        assertThat(pending.spend(step.hash(), T0.plusSeconds(10))).as("spent").isEmpty();
        assertThat(pending.find(step.hash(), T0.plusSeconds(10))).isEmpty();
        assertThat(pending.spend(late.hash(), T0.plus(LIFETIME))).as("expired").isEmpty();
        assertThat(pending.spend(late.hash(), T0.plus(LIFETIME).minusNanos(1_000))).as("a microsecond before")
                .isPresent();
    }

    @Test
    void racing_requests_finishing_one_sign_in_let_exactly_one_have_it() throws Exception {
        PendingSecondStep step = started(registeredUser(users, "ada"), T0);

        List<Optional<PendingSecondStep>> results = Racers.race(() -> pending.spend(step.hash(), T0.plusSeconds(1)));

        assertThat(results.stream().filter(Optional::isPresent).toList()).containsExactly(Optional.of(step));
        assertThat(pending.find(step.hash(), T0.plusSeconds(1))).isEmpty();
    }

    @Test
    void every_wrong_code_is_counted_on_its_pending_sign_in_while_it_lives() {
        UserId ada = registeredUser(users, "ada");
        PendingSecondStep step = started(ada, T0);
        PendingSecondStep other = started(ada, T0);

        assertThat(pending.countFailure(step.hash(), T0.plusSeconds(1))).contains(1);
        assertThat(pending.countFailure(step.hash(), T0.plusSeconds(2))).contains(2);
        assertThat(pending.countFailure(step.hash(), T0.plusSeconds(3))).contains(3);

        assertThat(pending.find(step.hash(), T0.plusSeconds(4)).orElseThrow().failedAttempts()).isEqualTo(3);
        assertThat(pending.find(other.hash(), T0.plusSeconds(4)).orElseThrow().failedAttempts()).isZero();
        assertThat(pending.countFailure(randomHash(), T0)).as("unknown").isEmpty();
        assertThat(pending.countFailure(step.hash(), T0.plus(LIFETIME))).as("expired").isEmpty();
        pending.spend(other.hash(), T0.plusSeconds(5));
        assertThat(pending.countFailure(other.hash(), T0.plusSeconds(6))).as("spent").isEmpty();
    }

    @Test
    void racing_wrong_codes_are_all_counted() throws Exception {
        PendingSecondStep step = started(registeredUser(users, "ada"), T0);

        List<Optional<Integer>> counts = Racers.race(() -> pending.countFailure(step.hash(), T0.plusSeconds(1)));

        assertThat(counts).map(Optional::orElseThrow)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, Racers.COUNT).boxed().toList());
        assertThat(pending.find(step.hash(), T0.plusSeconds(1)).orElseThrow().failedAttempts()).isEqualTo(Racers.COUNT);
    }

    @Test
    void voiding_an_account_deletes_its_pending_sign_ins_only() {
        UserId ada = registeredUser(users, "ada");
        UserId bob = registeredUser(users, "bob");
        PendingSecondStep one = started(ada, T0);
        PendingSecondStep two = started(ada, T0.minus(LIFETIME));
        PendingSecondStep bobs = started(bob, T0);

        assertThat(pending.voidAll(ada)).isEqualTo(2);
        assertThat(pending.voidAll(ada)).isZero();

        assertThat(pending.find(one.hash(), T0)).isEmpty();
        assertThat(pending.spend(two.hash(), T0.minus(LIFETIME))).isEmpty();
        assertThat(pending.find(bobs.hash(), T0)).contains(bobs);
    }

    @Test
    void the_purge_deletes_what_expired_before_the_cutoff() {
        UserId ada = registeredUser(users, "ada");
        PendingSecondStep gone = started(ada, T0.minusSeconds(1));
        PendingSecondStep atCutoff = started(ada, T0);
        Instant cutoff = T0.plus(LIFETIME);

        assertThat(pending.purgeExpired(cutoff)).isGreaterThanOrEqualTo(1);

        assertThat(pending.find(gone.hash(), T0.minusSeconds(1))).isEmpty();
        assertThat(pending.find(atCutoff.hash(), T0)).as("expires at the cutoff, not before").contains(atCutoff);
    }
}
