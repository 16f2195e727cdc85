package app.journal.application.service.session;

import static app.journal.application.service.AccountFixtures.GOOD_PASSWORD;
import static app.journal.application.service.AccountFixtures.NOW;
import static app.journal.application.service.AccountFixtures.NO_LIMITS;
import static app.journal.application.service.AccountFixtures.POLICY;
import static app.journal.application.service.AccountFixtures.loginPerAccount;
import static app.journal.application.service.AccountFixtures.loginPerClient;
import static app.journal.application.service.AccountFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.application.port.in.session.LogIn.LogInCommand;
import app.journal.application.port.in.session.SignInResult.SignedIn;
import app.journal.application.port.in.session.LogIn.LoginFailedException;
import app.journal.application.port.in.RateLimitedException;
import app.journal.application.port.in.account.RegisterUser.RegisterUserCommand;
import app.journal.application.port.out.AuthEvents.LoginFailure;
import app.journal.application.port.out.PasswordHasher.HashingBusyException;
import app.journal.application.service.AccountSettings.RateLimits;
import app.journal.application.service.AccountSettings.Rule;
import app.journal.application.testing.FakePasswordHasher;
import app.journal.application.testing.FakePasswordPolicy;
import app.journal.application.testing.FakeRateLimiter;
import app.journal.application.testing.InMemoryUserSessions;
import app.journal.application.testing.InMemoryUsers;
import app.journal.application.testing.RecordingAuthEvents;
import app.journal.application.testing.RecordingAccountMailer;
import app.journal.application.testing.TestClock;
import static app.journal.domain.session.SessionPersistence.PERSISTENT;
import app.journal.domain.session.SessionPersistence;
import app.journal.domain.user.DemoUser;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.PasswordHash;
import app.journal.domain.user.Role;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import app.journal.application.service.ActivitySettings;
import app.journal.application.service.account.RegisterUserService;
import app.journal.application.service.SignInFixtures;

class LogInServiceTest {

    private static final EmailAddress ADA = new EmailAddress("ada@example.org");
    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final TestClock clock = new TestClock(NOW);
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryUserSessions sessions = new InMemoryUserSessions(users);
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final RecordingAuthEvents events = new RecordingAuthEvents();
    private final FakeRateLimiter limiter = new FakeRateLimiter(clock);

    private final app.journal.application.testing.InMemorySecurityActivity activity =
            new app.journal.application.testing.InMemorySecurityActivity();
    private final app.journal.application.testing.FakeDeviceNames devices =
            new app.journal.application.testing.FakeDeviceNames();
    private final app.journal.application.testing.RecordingAccountMailer mailer =
            new app.journal.application.testing.RecordingAccountMailer();
    private final app.journal.application.testing.InlineUnitOfWork unitOfWork =
            new app.journal.application.testing.InlineUnitOfWork();
    private SignInFixtures.Throwing service = service(true, NO_LIMITS);

    private SignInFixtures.Throwing service(boolean requireEmailVerify, RateLimits limits) {
        return new SignInFixtures.Throwing(SignInFixtures.logInService(users, sessions, hasher, events, limiter,
                settings(requireEmailVerify, limits), clock, activity, devices, mailer, unitOfWork,
                ActivitySettings.defaults()));
    }

    private User account(EmailAddress email, @Nullable PasswordHash hash, boolean verified, boolean disabled) {
        var created = NOW.minus(Duration.ofDays(10));
        var user = new User(UserId.random(), email, hash, verified ? created : null, Set.of(Role.USER),
                disabled ? created : null, created, created);
        assertThat(users.addIfEmailFree(user)).isTrue();
        return user;
    }

    private User verifiedAda() {
        return account(ADA, hasher.hashOf(GOOD_PASSWORD), true, false);
    }

    private SignedIn logIn(@Nullable String email, @Nullable String password) {
        return service.logIn(new LogInCommand(email, password, "client-1", "Mozilla/5.0 (X11)", "203.0.113.7", PERSISTENT));
    }

    private void assertLoginFails(@Nullable String email, @Nullable String password, LoginFailure reason) {
        assertThatThrownBy(() -> logIn(email, password)).isExactlyInstanceOf(LoginFailedException.class);
        assertThat(events.events()).containsExactly("loginFailed:" + reason);
        assertThat(sessions.all()).isEmpty();
        assertThat(hasher.verificationsOfAnyKind()).as("every failure costs exactly one verification").isEqualTo(1);
    }

    @Test
    void a_sign_in_without_keep_me_signed_in_gets_the_browser_session_lifetime() {
        verifiedAda();

        var session = service.logIn(new LogInCommand("ada@example.org", GOOD_PASSWORD, "client-1", null, null,
                SessionPersistence.BROWSER_SESSION)).session();

        assertThat(session.expiresAt()).isEqualTo(NOW.plus(POLICY.browserSessionLifetime()));
        assertThat(sessions.find(session.id()).orElseThrow().expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(12)));
    }

    @Test
    void a_correct_password_starts_a_session_for_the_account() {
        var ada = verifiedAda();

        var loggedIn = logIn("ada@example.org", GOOD_PASSWORD);

        assertThat(loggedIn.user()).isEqualTo(ada);
        var session = loggedIn.session();
        assertThat(session.userId()).isEqualTo(ada.id());
        assertThat(session.createdAt()).isEqualTo(NOW);
        assertThat(session.lastUsedAt()).isEqualTo(NOW);
        assertThat(session.expiresAt()).isEqualTo(NOW.plus(POLICY.absoluteLifetime()));
        assertThat(sessions.find(session.id()).orElseThrow().expiresAt()).isEqualTo(session.expiresAt());
        assertThat(session.userAgent()).isEqualTo("Mozilla/5.0 (X11)");
        assertThat(session.clientIp()).isEqualTo("203.0.113.7");
        assertThat(session.previousRefreshId()).isNull();
        assertThat(session.isRevoked()).isFalse();
        assertThat(sessions.all()).containsExactly(session);
    }

    @Test
    void a_successful_login_is_counted_once_and_nothing_else_is() {
        verifiedAda();

        logIn("ada@example.org", GOOD_PASSWORD);

        assertThat(events.events()).containsExactly("loginSucceeded");
        assertThat(hasher.verifyCalls()).isEqualTo(1);
        assertThat(hasher.dummyCalls()).isZero();
    }

    @Test
    void every_login_starts_its_own_session() {
        verifiedAda();

        var first = logIn("ada@example.org", GOOD_PASSWORD).session();
        var second = logIn("ada@example.org", GOOD_PASSWORD).session();

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(first.refreshId()).isNotEqualTo(second.refreshId());
        assertThat(sessions.all()).hasSize(2);
    }

    @Test
    void the_address_may_be_spelled_in_any_case_with_surrounding_spaces() {
        var ada = verifiedAda();

        assertThat(logIn("  ADA@Example.org ", GOOD_PASSWORD).user()).isEqualTo(ada);
    }

    @Test
    void an_oversized_user_agent_is_cut_to_512_characters() {
        verifiedAda();

        var session = service.logIn(new LogInCommand("ada@example.org", GOOD_PASSWORD, "client-1",
                "x".repeat(2_000), null, PERSISTENT)).session();

        assertThat(session.userAgent()).hasSize(512);
        assertThat(session.clientIp()).isNull();
    }

    @Test
    void an_unknown_address_fails_after_one_dummy_verification() {
        verifiedAda();

        assertLoginFails("nobody@example.org", GOOD_PASSWORD, LoginFailure.UNKNOWN_EMAIL);

        assertThat(hasher.dummyCalls()).isEqualTo(1);
        assertThat(hasher.verifyCalls()).isZero();
    }

    @Test
    void a_malformed_address_fails_like_an_unknown_one() {
        assertLoginFails("not an address", GOOD_PASSWORD, LoginFailure.UNKNOWN_EMAIL);
    }

    @Test
    void a_missing_address_fails_like_an_unknown_one() {
        assertLoginFails(null, GOOD_PASSWORD, LoginFailure.UNKNOWN_EMAIL);
    }

    @Test
    void a_wrong_password_fails_as_bad_password() {
        verifiedAda();

        assertLoginFails("ada@example.org", "not the password at all", LoginFailure.BAD_PASSWORD);

        assertThat(hasher.verifyCalls()).isEqualTo(1);
    }

    @Test
    void a_missing_password_fails_without_an_error_of_its_own() {
        verifiedAda();

        assertLoginFails("ada@example.org", null, LoginFailure.BAD_PASSWORD);
    }

    @Test
    void an_absurdly_long_password_fails_like_a_wrong_one() {
        verifiedAda();

        assertLoginFails("ada@example.org", GOOD_PASSWORD.repeat(10_000), LoginFailure.BAD_PASSWORD);
    }

    @Test
    void an_unverified_account_cannot_log_in_when_verification_is_required() {
        account(ADA, hasher.hashOf(GOOD_PASSWORD), false, false);

        assertLoginFails("ada@example.org", GOOD_PASSWORD, LoginFailure.UNVERIFIED);
    }

    @Test
    void an_unverified_account_with_a_wrong_password_is_told_nothing_about_being_unverified() {
        account(ADA, hasher.hashOf(GOOD_PASSWORD), false, false);

        assertLoginFails("ada@example.org", "not the password at all", LoginFailure.BAD_PASSWORD);
    }

    @Test
    void an_unverified_account_can_log_in_when_verification_is_not_required() {
        var ada = account(ADA, hasher.hashOf(GOOD_PASSWORD), false, false);
        service = service(false, NO_LIMITS);

        assertThat(logIn("ada@example.org", GOOD_PASSWORD).user()).isEqualTo(ada);
        assertThat(events.events()).containsExactly("loginSucceeded");
    }

    @Test
    void a_disabled_account_cannot_log_in_even_with_the_right_password() {
        account(ADA, hasher.hashOf(GOOD_PASSWORD), true, true);

        assertLoginFails("ada@example.org", GOOD_PASSWORD, LoginFailure.DISABLED);
    }

    @Test
    void a_disabled_account_cannot_log_in_even_when_verification_is_not_required() {
        account(ADA, hasher.hashOf(GOOD_PASSWORD), false, true);
        service = service(false, NO_LIMITS);

        assertLoginFails("ada@example.org", GOOD_PASSWORD, LoginFailure.DISABLED);
    }

    @Test
    void the_demo_user_has_no_password_and_cannot_log_in_with_any() {
        users.addIfEmailFree(new User(DemoUser.ID, DemoUser.EMAIL, null, NOW, Set.of(Role.USER), null, NOW, NOW));

        assertLoginFails(DemoUser.EMAIL.value(), GOOD_PASSWORD, LoginFailure.NO_PASSWORD);

        assertThat(hasher.dummyCalls()).isEqualTo(1);
    }

    @Test
    void a_hash_made_with_older_parameters_is_upgraded_on_a_successful_login() {
        var ada = account(ADA, hasher.legacyHashOf(GOOD_PASSWORD), true, false);
        clock.advance(Duration.ofMinutes(1));

        var loggedIn = logIn("ada@example.org", GOOD_PASSWORD);

        var stored = users.findById(ada.id()).orElseThrow();
        assertThat(stored.passwordHash()).isEqualTo(hasher.hashOf(GOOD_PASSWORD));
        assertThat(stored.updatedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(loggedIn.user().passwordHash()).isEqualTo(hasher.hashOf(GOOD_PASSWORD));
        assertThat(hasher.hashCalls()).isEqualTo(1);
    }

    @Test
    void a_hash_made_with_older_parameters_is_left_alone_when_the_login_fails() {
        var ada = account(ADA, hasher.legacyHashOf(GOOD_PASSWORD), true, false);

        assertThatThrownBy(() -> logIn("ada@example.org", "not the password at all"))
                .isInstanceOf(LoginFailedException.class);

        assertThat(users.findById(ada.id()).orElseThrow().passwordHash()).isEqualTo(hasher.legacyHashOf(GOOD_PASSWORD));
        assertThat(hasher.hashCalls()).isZero();
    }

    @Test
    void a_current_hash_is_not_rehashed() {
        var ada = verifiedAda();

        logIn("ada@example.org", GOOD_PASSWORD);

        assertThat(hasher.hashCalls()).isZero();
        assertThat(users.findById(ada.id())).contains(ada);
    }

    @Test
    void a_password_registered_in_nfd_form_logs_in_with_the_nfc_form_and_back() {
        var nfc = "Ångström für Zoë 2026";
        var nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(nfc);
        var registration = new RegisterUserService(users, hasher, new FakePasswordPolicy(),
                new RecordingAccountMailer(), limiter, settings(false, NO_LIMITS), clock,
                new app.journal.application.testing.InlineUnitOfWork());
        registration.register(new RegisterUserCommand("ada@example.org", nfd, "client-1"));
        service = service(false, NO_LIMITS);

        assertThat(logIn("ada@example.org", nfc).user().email()).isEqualTo(ADA);
        assertThat(logIn("ada@example.org", nfd).user().email()).isEqualTo(ADA);
        assertThat(events.loginsSucceeded()).isEqualTo(2);
    }

    @Test
    void one_account_tried_more_often_than_its_limit_is_refused_even_with_the_right_password_from_a_new_client() {
        service = service(true, loginPerAccount(new Rule(3, WINDOW)));
        verifiedAda();
        for (int i = 0; i < 3; i++) {
            var client = "client-" + i;
            assertThatThrownBy(() -> service.logIn(new LogInCommand("ada@example.org", "wrong guess", client, null, null, PERSISTENT)))
                    .isInstanceOf(LoginFailedException.class);
        }
        int verificationsBefore = hasher.verificationsOfAnyKind();

        assertThatThrownBy(() -> service.logIn(new LogInCommand("ADA@example.org", GOOD_PASSWORD, "client-9", null, null, PERSISTENT)))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(WINDOW));

        assertThat(events.loginFailures(LoginFailure.RATE_LIMITED)).isEqualTo(1);
        assertThat(hasher.verificationsOfAnyKind()).as("a refused attempt costs no hashing").isEqualTo(verificationsBefore);
        assertThat(sessions.all()).isEmpty();
    }

    @Test
    void the_account_limit_leaves_other_accounts_alone_and_lifts_after_its_window() {
        service = service(true, loginPerAccount(new Rule(1, WINDOW)));
        verifiedAda();
        account(new EmailAddress("bob@example.org"), hasher.hashOf(GOOD_PASSWORD), true, false);
        logIn("ada@example.org", GOOD_PASSWORD);
        assertThatThrownBy(() -> logIn("ada@example.org", GOOD_PASSWORD)).isInstanceOf(RateLimitedException.class);

        logIn("bob@example.org", GOOD_PASSWORD);
        clock.advance(WINDOW);
        logIn("ada@example.org", GOOD_PASSWORD);

        assertThat(sessions.all()).hasSize(3);
    }

    @Test
    void one_client_trying_more_often_than_its_limit_is_refused_whatever_the_account() {
        service = service(true, loginPerClient(new Rule(2, WINDOW)));
        verifiedAda();
        assertThatThrownBy(() -> logIn("one@example.org", GOOD_PASSWORD)).isInstanceOf(LoginFailedException.class);
        assertThatThrownBy(() -> logIn("two@example.org", GOOD_PASSWORD)).isInstanceOf(LoginFailedException.class);

        assertThatThrownBy(() -> logIn("ada@example.org", GOOD_PASSWORD)).isInstanceOf(RateLimitedException.class);

        assertThat(events.loginFailures(LoginFailure.RATE_LIMITED)).isEqualTo(1);
        assertThat(sessions.all()).isEmpty();
        assertThat(service.logIn(new LogInCommand("ada@example.org", GOOD_PASSWORD, "client-2", null, null, PERSISTENT)).user()
                .email()).isEqualTo(ADA);
    }

    @Test
    void a_hasher_at_capacity_starts_no_session() {
        verifiedAda();
        hasher.busy(true);

        assertThatThrownBy(() -> logIn("ada@example.org", GOOD_PASSWORD)).isInstanceOf(HashingBusyException.class);

        assertThat(sessions.all()).isEmpty();
        assertThat(events.loginsSucceeded()).isZero();
    }
    @Test
    void a_full_hasher_refuses_before_any_rate_limit_or_lookup_alike_for_known_and_unknown_addresses() {
        verifiedAda();
        hasher.full(true);

        for (var email : new String[] {"ada@example.org", "nobody@example.org"}) {
            assertThatThrownBy(() -> logIn(email, GOOD_PASSWORD)).isInstanceOf(HashingBusyException.class);
            assertThat(limiter.attempts("login:account:" + email)).as("no rate-limit upsert").isZero();
        }
        assertThat(limiter.attempts("login:client:client-1")).as("no rate-limit upsert").isZero();
        assertThat(hasher.verificationsOfAnyKind()).isZero();
        assertThat(sessions.all()).isEmpty();

        hasher.full(false);
        assertThat(logIn("ada@example.org", GOOD_PASSWORD).user().email()).isEqualTo(ADA);
        assertThat(hasher.openAdmissions()).as("every admission is given back").isZero();
    }

    @Test
    void a_failed_login_gives_its_admission_back() {
        verifiedAda();

        assertThatThrownBy(() -> logIn("ada@example.org", "wrong password entirely"))
                .isInstanceOf(LoginFailedException.class);

        assertThat(hasher.admissions()).isEqualTo(1);
        assertThat(hasher.openAdmissions()).isZero();
    }
}
