package app.journal.application.service.account;

import static app.journal.application.service.AccountFixtures.GOOD_PASSWORD;
import static app.journal.application.service.AccountFixtures.NOW;
import static app.journal.application.service.AccountFixtures.NO_LIMITS;
import static app.journal.application.service.AccountFixtures.registerPerClient;
import static app.journal.application.service.AccountFixtures.resendPerAccount;
import static app.journal.application.service.AccountFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.application.port.in.RateLimitedException;
import app.journal.application.port.in.account.RegisterUser.RegisterUserCommand;
import app.journal.application.port.out.PasswordHasher.HashingBusyException;
import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountMail.Verification;
import app.journal.application.service.AccountSettings.RateLimits;
import app.journal.application.service.AccountSettings.Rule;
import app.journal.application.testing.FakePasswordHasher;
import app.journal.application.testing.FakePasswordPolicy;
import app.journal.application.testing.FakeRateLimiter;
import app.journal.application.testing.InMemoryUsers;
import app.journal.application.testing.RecordingAccountMailer;
import app.journal.application.testing.TestClock;
import app.journal.domain.InvalidValueException;
import app.journal.domain.user.DemoUser;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.Role;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RegisterUserServiceTest {

    private static final EmailAddress ADA = new EmailAddress("ada@example.org");

    private final TestClock clock = new TestClock(NOW);
    private final InMemoryUsers users = new InMemoryUsers();
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final FakePasswordPolicy policy = new FakePasswordPolicy();
    private final RecordingAccountMailer mailer = new RecordingAccountMailer();
    private final FakeRateLimiter limiter = new FakeRateLimiter(clock);

    private RegisterUserService service = service(NO_LIMITS);

    private RegisterUserService service(RateLimits limits) {
        return new RegisterUserService(users, hasher, policy, mailer, limiter, settings(true, limits), clock,
                new app.journal.application.testing.InlineUnitOfWork());
    }

    /** The one mail queued so far. */
    private AccountMail single() {
        assertThat(mailer.queued()).hasSize(1);
        return mailer.queued().getFirst();
    }

    private void register(@Nullable String email, @Nullable String password) {
        service.register(new RegisterUserCommand(email, password, "client-1"));
    }

    private User existing(EmailAddress email, boolean verified, boolean disabled) {
        var user = new User(UserId.random(), email, hasher.hashOf("the owner's own password"),
                verified ? NOW.minus(Duration.ofDays(3)) : null, Set.of(Role.USER),
                disabled ? NOW.minus(Duration.ofDays(1)) : null, NOW.minus(Duration.ofDays(5)),
                NOW.minus(Duration.ofDays(5)));
        assertThat(users.addIfEmailFree(user)).isTrue();
        return users.findById(user.id()).orElseThrow();
    }

    @Test
    void a_new_address_is_stored_as_an_unverified_plain_user() {
        register("ada@example.org", GOOD_PASSWORD);

        assertThat(users.all()).singleElement().satisfies(user -> {
            assertThat(user.email()).isEqualTo(ADA);
            assertThat(user.isVerified()).isFalse();
            assertThat(user.isDisabled()).isFalse();
            assertThat(user.roles()).containsExactly(Role.USER);
            assertThat(user.createdAt()).isEqualTo(NOW);
        });
    }

    @Test
    void the_stored_hash_is_the_hashers_hash_never_the_password() {
        register("ada@example.org", GOOD_PASSWORD);

        var stored = users.all().getFirst().passwordHash();
        assertThat(stored).isEqualTo(hasher.hashOf(GOOD_PASSWORD));
        assertThat(stored.value()).doesNotContain(GOOD_PASSWORD);
        assertThat(hasher.hashCalls()).isEqualTo(1);
    }

    @Test
    void a_new_address_queues_one_verification_mail_for_the_new_account_and_its_address() {
        register("ada@example.org", GOOD_PASSWORD);

        var user = users.all().getFirst();
        assertThat(single()).isEqualTo(new Verification(user.id(), ADA));
    }

    @Test
    void a_taken_verified_address_is_answered_like_a_new_one_but_stores_and_mails_nothing() {
        var owner = existing(ADA, true, false);

        assertThatCode(() -> register("ada@example.org", GOOD_PASSWORD)).doesNotThrowAnyException();

        assertThat(users.all()).containsExactly(owner);
        assertThat(mailer.queued()).isEmpty();
    }

    @Test
    void a_taken_address_costs_the_same_hashing_as_a_new_one() {
        register("new@example.org", GOOD_PASSWORD);
        int hashesForNew = hasher.hashCalls();
        int verificationsForNew = hasher.verificationsOfAnyKind();
        existing(ADA, true, false);

        register("ada@example.org", GOOD_PASSWORD);

        assertThat(hashesForNew).isEqualTo(1);
        assertThat(hasher.hashCalls() - hashesForNew).isEqualTo(hashesForNew);
        assertThat(hasher.verificationsOfAnyKind()).isEqualTo(verificationsForNew);
    }

    @Test
    void a_taken_unverified_address_gets_a_fresh_link_to_the_existing_account_which_is_left_as_it_was() {
        var owner = existing(ADA, false, false);

        register("ada@example.org", "a different password entirely");

        assertThat(users.all()).containsExactly(owner);
        assertThat(single()).isEqualTo(new Verification(owner.id(), ADA));
    }

    @Test
    void a_taken_address_of_a_disabled_unverified_account_gets_no_mail() {
        existing(ADA, false, true);

        register("ada@example.org", GOOD_PASSWORD);

        assertThat(mailer.queued()).isEmpty();
    }

    @Test
    void the_demo_users_address_gets_no_mail() {
        var demo = new User(DemoUser.ID, DemoUser.EMAIL, null, NOW, Set.of(Role.USER), null, NOW, NOW);
        users.addIfEmailFree(demo);

        register(DemoUser.EMAIL.value(), GOOD_PASSWORD);

        assertThat(users.all()).containsExactly(demo);
        assertThat(mailer.queued()).isEmpty();
    }

    @Test
    void registering_a_taken_unverified_address_again_and_again_mails_it_no_more_often_than_resending_would() {
        service = service(resendPerAccount(new Rule(2, Duration.ofHours(1))));
        existing(ADA, false, false);

        for (int i = 0; i < 5; i++) {
            service.register(new RegisterUserCommand("ada@example.org", GOOD_PASSWORD, "client-" + i));
        }

        assertThat(mailer.queued()).hasSize(2);
    }

    @Test
    void a_weak_password_is_refused_on_the_password_field_and_nothing_is_stored_hashed_or_mailed() {
        policy.reject("password1234", "This is a very common password.");

        assertThatThrownBy(() -> register("ada@example.org", "password1234"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.getMessage()).isEqualTo("This is a very common password.");
                });

        assertThat(users.all()).isEmpty();
        assertThat(hasher.hashCalls()).isZero();
        assertThat(mailer.queued()).isEmpty();
    }

    @Test
    void the_policy_judges_the_password_against_the_address_and_its_local_part() {
        register(" Ada.Lovelace@Example.ORG ", GOOD_PASSWORD);

        assertThat(policy.userInputsSeen()).singleElement()
                .satisfies(inputs -> assertThat(inputs).contains("ada.lovelace@example.org", "ada.lovelace"));
    }

    @Test
    void a_password_below_the_minimum_length_is_refused_on_the_password_field() {
        assertPasswordRefused("elevenchars");
    }

    @Test
    void a_missing_password_is_refused_on_the_password_field() {
        assertPasswordRefused(null);
        assertPasswordRefused("");
    }

    @Test
    void a_password_of_129_code_points_is_refused_on_the_password_field() {
        assertPasswordRefused("\uD83D\uDE00".repeat(129));
    }

    @Test
    void a_password_of_128_code_points_is_accepted_although_it_has_256_chars() {
        var emoji = "\uD83D\uDE00".repeat(128);
        assertThat(emoji).hasSize(256);

        register("ada@example.org", emoji);

        assertThat(users.all()).hasSize(1);
    }

    @Test
    void a_malformed_address_is_refused_on_the_email_field_before_anything_is_hashed() {
        for (var malformed : List.of("ada", "ada@", "@example.org", "ada@example", "ada lovelace@example.org", " ")) {
            assertThatThrownBy(() -> register(malformed, GOOD_PASSWORD))
                    .as(malformed)
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("email"));
        }
        assertThatThrownBy(() -> register(null, GOOD_PASSWORD))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("email"));

        assertThat(users.all()).isEmpty();
        assertThat(hasher.hashCalls()).isZero();
        assertThat(mailer.queued()).isEmpty();
    }

    @Test
    void the_address_is_normalised_so_two_spellings_are_one_account() {
        register(" Ada@Example.ORG ", GOOD_PASSWORD);
        users.markVerified(users.all().getFirst().id(), NOW);
        mailer.clear();

        register("ada@example.org", GOOD_PASSWORD);

        assertThat(users.all()).singleElement().extracting(User::email).isEqualTo(ADA);
        assertThat(mailer.queued()).isEmpty();
    }

    @Test
    void the_mail_goes_to_the_normalised_address() {
        register(" Ada@Example.ORG ", GOOD_PASSWORD);

        assertThat(single().to()).isEqualTo(ADA);
        assertThat(single().to().value()).isEqualTo("ada@example.org");
    }

    @Test
    void one_client_registering_more_often_than_its_limit_is_refused_until_the_window_is_over() {
        service = service(registerPerClient(new Rule(3, Duration.ofHours(1))));
        for (int i = 0; i < 3; i++) {
            register("user" + i + "@example.org", GOOD_PASSWORD);
        }

        assertThatThrownBy(() -> register("user3@example.org", GOOD_PASSWORD))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofHours(1)));
        assertThat(users.all()).hasSize(3);
        assertThat(hasher.hashCalls()).as("a refused attempt costs no hashing").isEqualTo(3);

        clock.advance(Duration.ofHours(1));
        register("user3@example.org", GOOD_PASSWORD);
        assertThat(users.all()).hasSize(4);
    }

    @Test
    void the_registration_limit_is_per_client() {
        service = service(registerPerClient(new Rule(1, Duration.ofHours(1))));
        service.register(new RegisterUserCommand("ada@example.org", GOOD_PASSWORD, "client-1"));

        assertThatThrownBy(() -> service.register(new RegisterUserCommand("bob@example.org", GOOD_PASSWORD, "client-1")))
                .isInstanceOf(RateLimitedException.class);
        service.register(new RegisterUserCommand("bob@example.org", GOOD_PASSWORD, "client-2"));

        assertThat(users.all()).extracting(User::email)
                .containsExactly(ADA, new EmailAddress("bob@example.org"));
    }

    @Test
    void a_hasher_at_capacity_stores_nothing() {
        hasher.busy(true);

        assertThatThrownBy(() -> register("ada@example.org", GOOD_PASSWORD)).isInstanceOf(HashingBusyException.class);

        assertThat(users.all()).isEmpty();
        assertThat(mailer.queued()).isEmpty();
    }

    private void assertPasswordRefused(@Nullable String password) {
        assertThatThrownBy(() -> register("ada@example.org", password))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThat(users.all()).isEmpty();
        assertThat(hasher.hashCalls()).isZero();
        assertThat(mailer.queued()).isEmpty();
    }
    @Test
    void a_full_hasher_refuses_a_registration_before_the_rate_limit_and_stores_nothing() {
        hasher.full(true);

        assertThatThrownBy(() -> register("new@example.org", "plum violet harbour 9"))
                .isInstanceOf(app.journal.application.port.out.PasswordHasher.HashingBusyException.class);

        assertThat(limiter.attempts("register:client:client-1")).isZero();
        assertThat(users.all()).isEmpty();
        assertThat(hasher.openAdmissions()).isZero();
    }
}
