package app.journal.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NbvcxzPasswordPolicyTest {

    private static final NbvcxzPasswordPolicy policy = new NbvcxzPasswordPolicy();

    /** What RegisterUserService passes: the address, its local part and the site name. */
    private static final List<String> ALICE = List.of("alice.smith@example.org", "alice.smith", "journal");

    @Test
    void a_common_password_with_digits_is_too_common() {
        assertThat(policy.weakness("password1234", ALICE)).contains(NbvcxzPasswordPolicy.TOO_COMMON);
    }

    @Test
    void a_keyboard_row_with_digits_is_refused() {
        assertThat(policy.weakness("qwertyuiop123", ALICE)).isPresent();
        assertThat(policy.weakness("asdfghjkl;'1", ALICE)).contains(NbvcxzPasswordPolicy.TOO_EASY);
    }

    @Test
    void the_email_local_part_plus_digits_is_too_personal() {
        assertThat(policy.weakness("alice.smith2024", ALICE)).contains(NbvcxzPasswordPolicy.TOO_PERSONAL);
        assertThat(policy.weakness("Smith.Alice.1987", ALICE)).contains(NbvcxzPasswordPolicy.TOO_PERSONAL);
    }

    @Test
    void the_same_password_is_fine_for_someone_else() {
        var password = "alice.smith-kettle-orbit";

        assertThat(policy.weakness(password, List.of("bob.jones@example.org", "bob.jones", "journal"))).isEmpty();
        assertThat(policy.weakness(password, ALICE)).contains(NbvcxzPasswordPolicy.TOO_PERSONAL);
    }

    @Test
    void a_long_random_passphrase_is_accepted() {
        assertThat(policy.weakness("kettle-orbit-sunny-plank", ALICE)).isEmpty();
        assertThat(policy.weakness("grooving numerator linked seduce", ALICE)).isEmpty();
        assertThat(policy.weakness("xk3q9vz7mw2p", ALICE)).isEmpty();
    }

    @Test
    void a_famous_passphrase_is_too_common() {
        assertThat(policy.weakness("correct horse battery staple", ALICE)).isPresent();
    }

    @Test
    void the_threshold_is_a_parameter() {
        var lenient = new NbvcxzPasswordPolicy(20);
        var strict = new NbvcxzPasswordPolicy(70);

        assertThat(lenient.weakness("ilovemydog2020", ALICE)).isEmpty();
        assertThat(policy.weakness("ilovemydog2020", ALICE)).isPresent();
        assertThat(strict.weakness("kettle-orbit-sunny-plank", ALICE)).contains(NbvcxzPasswordPolicy.TOO_EASY);
        assertThatThrownBy(() -> new NbvcxzPasswordPolicy(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void user_inputs_are_excluded_whole_and_by_name_parts_but_not_by_mail_domain() {
        assertThat(NbvcxzPasswordPolicy.exclusions(List.of("Ann.Lee@Example.org", "ann.lee", "journal", "")))
                .containsExactly("ann.lee@example.org", "ann", "lee", "ann.lee", "journal")
                .doesNotContain("example", "org");
        assertThat(NbvcxzPasswordPolicy.exclusions(List.of("alice.smith"))).containsExactly("alice.smith", "alice",
                "smith");
    }

    @Test
    void concurrent_estimates_agree_with_sequential_ones() throws Exception {
        var passwords = List.of("password1234", "kettle-orbit-sunny-plank", "alice.smith2024", "qwertyuiop123",
                "xk3q9vz7mw2p", "ilovemydog2020", "blue coffee mountain", "grooving numerator linked seduce");
        var expected = passwords.stream().map(p -> policy.weakness(p, ALICE)).toList();
        var tasks = new ArrayList<Callable<List<Optional<String>>>>();
        for (int i = 0; i < 8; i++) {
            tasks.add(() -> passwords.stream().map(p -> policy.weakness(p, ALICE)).toList());
        }
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (var result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isEqualTo(expected);
            }
        }
    }
}
