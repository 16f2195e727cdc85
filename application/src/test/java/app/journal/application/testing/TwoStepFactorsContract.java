package app.journal.application.testing;

import static app.journal.application.testing.ContractFixtures.T0;
import static app.journal.application.testing.ContractFixtures.registeredUser;
import static org.assertj.core.api.Assertions.assertThat;

import app.journal.application.port.out.TwoStepFactors;
import app.journal.application.port.out.TwoStepFactors.Factor;
import app.journal.application.port.out.Users;
import app.journal.domain.user.UserId;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TwoStepFactors} must do: keep the sealed secret byte for byte, turn an enrolment on
 * once, and let every time step and every recovery code be used once, also when requests race. Run against
 * {@link InMemoryTwoStepFactors} and the jOOQ adapter on PostgreSQL (where the races are real: {@link Racers#COUNT}
 * connections on one row). Every test registers its own users.
 */
public abstract class TwoStepFactorsContract {

    private static final SecureRandom RANDOM = new SecureRandom();

    protected abstract TwoStepFactors factors();

    /** Where the accounts are registered (the real schema has a foreign key). */
    protected abstract Users users();

    protected TwoStepFactors factors;
    protected Users users;

    @BeforeEach
    void setUpPorts() {
        factors = factors();
        users = users();
    }

    /** What a sealer might give: random bytes, with the bytes a text column would mangle. */
    protected static byte[] sealed() {
        var bytes = new byte[60];
        RANDOM.nextBytes(bytes);
        bytes[0] = 0;
        bytes[1] = (byte) 0xff;
        bytes[2] = (byte) 0x80;
        bytes[3] = '\\';
        return bytes;
    }

    protected static String digest() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    protected static List<String> digests(int count) {
        return IntStream.range(0, count).mapToObj(i -> digest()).toList();
    }

    protected UserId enabled(String name, long step) {
        UserId user = registeredUser(users, name);
        assertThat(factors.beginEnrolment(user, sealed(), T0)).isTrue();
        assertThat(factors.confirm(user, step, T0.plusSeconds(30))).isTrue();
        return user;
    }

    @Test
    void an_enrolment_keeps_the_sealed_secret_byte_for_byte_and_is_not_on_until_confirmed() {
        UserId ada = registeredUser(users, "ada");
        byte[] secret = sealed();

        assertThat(factors.beginEnrolment(ada, secret, T0)).isTrue();

        Factor factor = factors.find(ada).orElseThrow();
        assertThat(factor.userId()).isEqualTo(ada);
        assertThat(factor.sealedSecret()).containsExactly(secret);
        assertThat(factor.enabled()).isFalse();
        assertThat(factor.confirmedAt()).isNull();
        assertThat(factor.lastUsedStep()).isEqualTo(-1);
        assertThat(factor.createdAt()).isEqualTo(T0);
        assertThat(factors.find(registeredUser(users, "bob"))).isEmpty();
    }

    @Test
    void a_new_enrolment_replaces_an_unconfirmed_one_but_never_a_confirmed_one() {
        UserId ada = registeredUser(users, "ada");
        byte[] second = sealed();
        factors.beginEnrolment(ada, sealed(), T0);

        assertThat(factors.beginEnrolment(ada, second, T0.plusSeconds(60))).isTrue();
        assertThat(factors.find(ada).orElseThrow().sealedSecret()).containsExactly(second);
        assertThat(factors.find(ada).orElseThrow().createdAt()).isEqualTo(T0.plusSeconds(60));

        assertThat(factors.confirm(ada, 1000, T0.plusSeconds(90))).isTrue();
        assertThat(factors.beginEnrolment(ada, sealed(), T0.plusSeconds(120))).as("confirmed already").isFalse();
        Factor kept = factors.find(ada).orElseThrow();
        assertThat(kept.sealedSecret()).containsExactly(second);
        assertThat(kept.lastUsedStep()).isEqualTo(1000);
        assertThat(kept.confirmedAt()).isEqualTo(T0.plusSeconds(90));
    }

    @Test
    void confirming_turns_the_factor_on_once_and_takes_its_step() {
        UserId ada = registeredUser(users, "ada");
        assertThat(factors.confirm(ada, 1000, T0)).as("nothing enrolled").isFalse();
        factors.beginEnrolment(ada, sealed(), T0);

        assertThat(factors.confirm(ada, 1000, T0.plusSeconds(30))).isTrue();
        assertThat(factors.confirm(ada, 1005, T0.plusSeconds(200))).as("on already").isFalse();

        Factor factor = factors.find(ada).orElseThrow();
        assertThat(factor.enabled()).isTrue();
        assertThat(factor.confirmedAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(factor.lastUsedStep()).isEqualTo(1000);
        assertThat(factors.useStep(ada, 1000)).as("the confirming code is used").isFalse();
    }

    @Test
    void a_time_step_is_taken_only_when_later_than_the_last_one_and_only_of_a_confirmed_factor() {
        UserId enrolling = registeredUser(users, "eve");
        factors.beginEnrolment(enrolling, sealed(), T0);
        UserId ada = enabled("ada", 1000);

        assertThat(factors.useStep(enrolling, 5)).as("not confirmed").isFalse();
        assertThat(factors.useStep(registeredUser(users, "bob"), 5)).as("no factor").isFalse();
        assertThat(factors.useStep(ada, 1001)).isTrue();
        assertThat(factors.useStep(ada, 1001)).as("replayed").isFalse();
        assertThat(factors.useStep(ada, 1000)).as("earlier").isFalse();
        assertThat(factors.useStep(ada, 1003)).isTrue();
        assertThat(factors.useStep(ada, 1002)).as("earlier than the last").isFalse();
        assertThat(factors.find(ada).orElseThrow().lastUsedStep()).isEqualTo(1003);
        assertThat(factors.find(enrolling).orElseThrow().lastUsedStep()).isEqualTo(-1);
    }

    @Test
    void racing_requests_with_the_same_step_let_exactly_one_take_it() throws Exception {
        UserId ada = enabled("ada", 1000);

        List<Boolean> results = Racers.race(() -> factors.useStep(ada, 1001));

        assertThat(results).containsOnlyOnce(true).hasSize(Racers.COUNT);
        assertThat(factors.find(ada).orElseThrow().lastUsedStep()).isEqualTo(1001);
    }

    @Test
    void removing_takes_the_factor_and_every_code_and_says_whether_it_was_on() {
        UserId ada = enabled("ada", 1000);
        UserId eve = registeredUser(users, "eve");
        UserId bob = enabled("bob", 1000);
        factors.beginEnrolment(eve, sealed(), T0);
        factors.replaceRecoveryCodes(ada, digests(3), T0);
        List<String> bobs = digests(2);
        factors.replaceRecoveryCodes(bob, bobs, T0);

        assertThat(factors.remove(ada)).isTrue();
        assertThat(factors.remove(ada)).as("gone").isFalse();
        assertThat(factors.remove(eve)).as("was being enrolled").isFalse();

        assertThat(factors.find(ada)).isEmpty();
        assertThat(factors.find(eve)).isEmpty();
        assertThat(factors.unusedRecoveryCodes(ada)).isEmpty();
        assertThat(factors.find(bob)).isPresent();
        assertThat(factors.unusedRecoveryCodes(bob)).containsExactlyInAnyOrderElementsOf(bobs);
        assertThat(factors.beginEnrolment(ada, sealed(), T0.plusSeconds(300))).as("can enrol again").isTrue();
    }

    @Test
    void a_recovery_code_is_spent_once_and_only_by_its_account() {
        UserId ada = enabled("ada", 1000);
        UserId bob = enabled("bob", 1000);
        List<String> adas = digests(10);
        factors.replaceRecoveryCodes(ada, adas, T0);
        factors.replaceRecoveryCodes(bob, digests(10), T0);

        assertThat(factors.unusedRecoveryCodes(ada)).containsExactlyInAnyOrderElementsOf(adas);
        assertThat(factors.spendRecoveryCode(bob, adas.get(3), T0)).as("another account's").isFalse();
        assertThat(factors.spendRecoveryCode(ada, digest(), T0)).as("unknown").isFalse();
        assertThat(factors.spendRecoveryCode(ada, adas.get(3), T0.plusSeconds(5))).isTrue();
        assertThat(factors.spendRecoveryCode(ada, adas.get(3), T0.plusSeconds(6))).as("spent").isFalse();

        assertThat(factors.unusedRecoveryCodes(ada)).hasSize(9).doesNotContain(adas.get(3));
        assertThat(factors.unusedRecoveryCodes(bob)).hasSize(10);
    }

    @Test
    void new_recovery_codes_void_the_old_set() {
        UserId ada = enabled("ada", 1000);
        List<String> old = digests(10);
        List<String> fresh = digests(10);
        factors.replaceRecoveryCodes(ada, old, T0);
        factors.spendRecoveryCode(ada, old.get(0), T0);

        factors.replaceRecoveryCodes(ada, fresh, T0.plusSeconds(60));

        assertThat(factors.unusedRecoveryCodes(ada)).containsExactlyInAnyOrderElementsOf(fresh);
        assertThat(factors.spendRecoveryCode(ada, old.get(1), T0.plusSeconds(61))).isFalse();
        assertThat(factors.spendRecoveryCode(ada, fresh.get(1), T0.plusSeconds(61))).isTrue();
    }

    @Test
    void a_digest_given_again_in_a_new_set_is_unused_again_and_no_codes_leaves_none() {
        UserId ada = enabled("ada", 1000);
        String kept = digest();
        factors.replaceRecoveryCodes(ada, List.of(kept, digest()), T0);
        factors.spendRecoveryCode(ada, kept, T0);

        factors.replaceRecoveryCodes(ada, List.of(kept, kept), T0.plusSeconds(60));
        assertThat(factors.unusedRecoveryCodes(ada)).containsExactly(kept);

        factors.replaceRecoveryCodes(ada, List.of(), T0.plusSeconds(120));
        assertThat(factors.unusedRecoveryCodes(ada)).isEmpty();
    }

    @Test
    void racing_requests_with_the_same_recovery_code_let_exactly_one_spend_it() throws Exception {
        UserId ada = enabled("ada", 1000);
        List<String> codes = digests(10);
        factors.replaceRecoveryCodes(ada, codes, T0);

        List<Boolean> results = Racers.race(() -> factors.spendRecoveryCode(ada, codes.get(7), T0.plusSeconds(1)));

        assertThat(results).containsOnlyOnce(true).hasSize(Racers.COUNT);
        assertThat(factors.unusedRecoveryCodes(ada)).hasSize(9).doesNotContain(codes.get(7));
    }
}
