package app.journal.application.service.account;

import app.journal.application.service.AccountEvents;
import static app.journal.application.service.AccountFixtures.NOW;
import static app.journal.application.service.AccountFixtures.NO_LIMITS;
import static app.journal.application.service.AccountFixtures.settings;
import static app.journal.application.service.AccountFixtures.verifyPerClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.application.port.in.RateLimitedException;
import app.journal.application.port.in.account.VerifyEmail.Outcome;
import app.journal.application.port.in.account.VerifyEmail.VerifyEmailCommand;
import app.journal.application.service.AccountSettings.RateLimits;
import app.journal.application.service.AccountSettings.Rule;
import app.journal.application.testing.FakePasswordHasher;
import app.journal.application.testing.FakeRateLimiter;
import app.journal.application.testing.FakeVerificationTokens;
import app.journal.application.testing.InMemoryUsers;
import app.journal.application.testing.TestClock;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class VerifyEmailServiceTest {

    private static final EmailAddress ADA = new EmailAddress("ada@example.org");

    private final TestClock clock = new TestClock(NOW);
    private final InMemoryUsers users = new InMemoryUsers();
    private final FakeVerificationTokens tokens = new FakeVerificationTokens();
    private final FakeRateLimiter limiter = new FakeRateLimiter(clock);
    private final app.journal.application.testing.InMemorySecurityActivity activity =
            new app.journal.application.testing.InMemorySecurityActivity();
    private final app.journal.application.testing.FakeDeviceNames devices =
            new app.journal.application.testing.FakeDeviceNames();
    private final app.journal.application.testing.RecordingAccountMailer mailer =
            new app.journal.application.testing.RecordingAccountMailer();
    private final app.journal.application.testing.InlineUnitOfWork unitOfWork =
            new app.journal.application.testing.InlineUnitOfWork();
    private final AccountEvents accountEvents = new AccountEvents(activity, mailer, devices, unitOfWork,
            new app.journal.application.testing.RecordingAuthEvents());
    private final User ada = unverified(ADA);

    private VerifyEmailService service = service(NO_LIMITS);

    private VerifyEmailService service(RateLimits limits) {
        return new VerifyEmailService(users, tokens, limiter, settings(true, limits), clock, accountEvents, unitOfWork);
    }

    private User unverified(EmailAddress email) {
        var user = User.register(UserId.random(), email, new FakePasswordHasher().hashOf("a long password"),
                NOW.minus(Duration.ofHours(1)));
        users.addIfEmailFree(user);
        return user;
    }

    private Outcome verify(String token) {
        return service.verify(new VerifyEmailCommand(token, "client-1"));
    }

    private User stored(User user) {
        return users.findById(user.id()).orElseThrow();
    }

    @Test
    void a_valid_link_verifies_the_account_at_the_clocks_time() {
        var token = tokens.issue(ada.id(), ADA);
        clock.advance(Duration.ofMinutes(5));

        assertThat(verify(token)).isEqualTo(Outcome.VERIFIED);

        assertThat(stored(ada).isVerified()).isTrue();
        assertThat(stored(ada).emailVerifiedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    void the_second_use_of_a_link_is_already_used_and_changes_nothing() {
        var token = tokens.issue(ada.id(), ADA);
        verify(token);
        var afterFirstUse = stored(ada);
        clock.advance(Duration.ofMinutes(1));

        assertThat(verify(token)).isEqualTo(Outcome.ALREADY_USED);

        assertThat(stored(ada)).isEqualTo(afterFirstUse);
    }

    @Test
    void an_older_link_of_an_account_verified_by_a_newer_one_is_already_used() {
        var older = tokens.issue(ada.id(), ADA);
        var newer = tokens.issue(ada.id(), ADA);

        assertThat(verify(newer)).isEqualTo(Outcome.VERIFIED);
        assertThat(verify(older)).isEqualTo(Outcome.ALREADY_USED);
    }

    @Test
    void a_garbage_token_is_invalid() {
        assertThat(verify("not-a-token")).isEqualTo(Outcome.INVALID);
        assertThat(verify("")).isEqualTo(Outcome.INVALID);
        assertThat(verify("vt:" + ada.id() + ":" + ADA.value() + ":1"))
                .as("the right shape, but not issued by us").isEqualTo(Outcome.INVALID);

        assertThat(stored(ada).isVerified()).isFalse();
    }

    @Test
    void an_expired_link_is_invalid_and_verifies_nothing() {
        var token = tokens.issue(ada.id(), ADA);
        tokens.expire(token);

        assertThat(verify(token)).isEqualTo(Outcome.INVALID);

        assertThat(stored(ada).isVerified()).isFalse();
    }

    @Test
    void a_link_for_an_address_the_account_no_longer_has_is_invalid() {
        var token = tokens.issue(ada.id(), new EmailAddress("ada@old-provider.example"));

        assertThat(verify(token)).isEqualTo(Outcome.INVALID);

        assertThat(stored(ada).isVerified()).isFalse();
    }

    @Test
    void a_link_for_an_account_that_does_not_exist_is_invalid() {
        var token = tokens.issue(UserId.random(), ADA);

        assertThat(verify(token)).isEqualTo(Outcome.INVALID);

        assertThat(stored(ada).isVerified()).isFalse();
    }

    @Test
    void a_link_verifies_only_the_account_it_names() {
        var bob = unverified(new EmailAddress("bob@example.org"));

        verify(tokens.issue(ada.id(), ADA));

        assertThat(stored(ada).isVerified()).isTrue();
        assertThat(stored(bob).isVerified()).isFalse();
    }

    @Test
    void a_client_trying_more_links_than_its_limit_is_refused_even_with_a_valid_one() {
        service = service(verifyPerClient(new Rule(3, Duration.ofMinutes(15))));
        for (int i = 0; i < 3; i++) {
            assertThat(verify("guess-" + i)).isEqualTo(Outcome.INVALID);
        }
        var token = tokens.issue(ada.id(), ADA);

        assertThatThrownBy(() -> verify(token)).isInstanceOf(RateLimitedException.class);
        assertThat(stored(ada).isVerified()).isFalse();

        assertThat(service.verify(new VerifyEmailCommand(token, "client-2"))).isEqualTo(Outcome.VERIFIED);
    }

    @Test
    void the_verify_limit_lifts_when_its_window_is_over() {
        service = service(verifyPerClient(new Rule(1, Duration.ofMinutes(15))));
        verify("guess");
        var token = tokens.issue(ada.id(), ADA);
        assertThatThrownBy(() -> verify(token)).isInstanceOf(RateLimitedException.class);

        clock.advance(Duration.ofMinutes(15));

        assertThat(verify(token)).isEqualTo(Outcome.VERIFIED);
    }
}
