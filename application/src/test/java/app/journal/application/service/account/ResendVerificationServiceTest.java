package app.journal.application.service.account;

import static app.journal.application.service.AccountFixtures.NOW;
import static app.journal.application.service.AccountFixtures.NO_LIMITS;
import static app.journal.application.service.AccountFixtures.resendPerAccount;
import static app.journal.application.service.AccountFixtures.resendPerClient;
import static app.journal.application.service.AccountFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.application.port.in.RateLimitedException;
import app.journal.application.port.in.account.ResendVerification.ResendVerificationCommand;
import app.journal.application.port.out.AccountMail.Verification;
import app.journal.application.service.AccountSettings.RateLimits;
import app.journal.application.service.AccountSettings.Rule;
import app.journal.application.testing.FakePasswordHasher;
import app.journal.application.testing.FakeRateLimiter;
import app.journal.application.testing.InMemoryUsers;
import app.journal.application.testing.RecordingAccountMailer;
import app.journal.application.testing.TestClock;
import app.journal.domain.user.DemoUser;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.Role;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.time.Duration;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ResendVerificationServiceTest {

    private static final EmailAddress ADA = new EmailAddress("ada@example.org");
    private static final Duration HOUR = Duration.ofHours(1);

    private final TestClock clock = new TestClock(NOW);
    private final InMemoryUsers users = new InMemoryUsers();
    private final RecordingAccountMailer mailer = new RecordingAccountMailer();
    private final FakeRateLimiter limiter = new FakeRateLimiter(clock);

    private ResendVerificationService service = service(NO_LIMITS);

    private ResendVerificationService service(RateLimits limits) {
        return new ResendVerificationService(users, mailer, limiter,
                settings(true, limits));
    }

    private User stored(EmailAddress email, boolean verified, boolean disabled) {
        var user = new User(UserId.random(), email, new FakePasswordHasher().hashOf("a long password"),
                verified ? NOW : null, Set.of(Role.USER), disabled ? NOW : null, NOW, NOW);
        users.addIfEmailFree(user);
        return user;
    }

    private void resend(@Nullable String email) {
        service.resend(new ResendVerificationCommand(email, "client-1"));
    }

    @Test
    void an_unverified_account_gets_a_fresh_link_for_itself() {
        var ada = stored(ADA, false, false);

        resend("ada@example.org");

        assertThat(mailer.queued()).containsExactly(new Verification(ada.id(), ADA));
    }

    @Test
    void each_resend_queues_one_more_mail() {
        var ada = stored(ADA, false, false);

        resend("ada@example.org");
        resend("ada@example.org");

        assertThat(mailer.queued()).containsExactly(new Verification(ada.id(), ADA), new Verification(ada.id(), ADA));
    }

    @Test
    void the_address_is_normalised_before_it_is_looked_up() {
        stored(ADA, false, false);

        resend("  ADA@example.org ");

        assertThat(mailer.queued()).singleElement().extracting(m -> m.to()).isEqualTo(ADA);
    }

    @Test
    void a_verified_account_gets_no_mail_and_no_error() {
        stored(ADA, true, false);

        assertThatCode(() -> resend("ada@example.org")).doesNotThrowAnyException();

        assertThat(mailer.queued()).isEmpty();
    }

    @Test
    void a_disabled_account_gets_no_mail() {
        stored(ADA, false, true);

        resend("ada@example.org");

        assertThat(mailer.queued()).isEmpty();
    }

    @Test
    void the_demo_user_gets_no_mail() {
        users.addIfEmailFree(new User(DemoUser.ID, DemoUser.EMAIL, null, null, Set.of(Role.USER), null, NOW, NOW));

        resend(DemoUser.EMAIL.value());

        assertThat(mailer.queued()).isEmpty();
    }

    @Test
    void an_unknown_address_gets_no_mail_and_no_error() {
        stored(ADA, false, false);

        assertThatCode(() -> resend("nobody@example.org")).doesNotThrowAnyException();

        assertThat(mailer.queued()).isEmpty();
    }

    @Test
    void a_malformed_or_missing_address_gets_no_mail_and_no_error() {
        assertThatCode(() -> {
            resend("not an address");
            resend("");
            resend(null);
        }).doesNotThrowAnyException();

        assertThat(mailer.queued()).isEmpty();
    }

    @Test
    void one_account_is_mailed_no_more_often_than_its_limit_from_however_many_clients() {
        service = service(resendPerAccount(new Rule(2, HOUR)));
        stored(ADA, false, false);
        service.resend(new ResendVerificationCommand("ada@example.org", "client-1"));
        service.resend(new ResendVerificationCommand("ADA@example.org", "client-2"));

        assertThatThrownBy(() -> service.resend(new ResendVerificationCommand("ada@example.org", "client-3")))
                .isInstanceOf(RateLimitedException.class);

        assertThat(mailer.queued()).hasSize(2);
        service.resend(new ResendVerificationCommand("bob@example.org", "client-3"));
    }

    @Test
    void the_account_limit_answers_the_same_for_an_unknown_address_so_it_tells_nothing() {
        service = service(resendPerAccount(new Rule(2, HOUR)));
        resend("nobody@example.org");
        resend("nobody@example.org");

        assertThatThrownBy(() -> resend("nobody@example.org")).isInstanceOf(RateLimitedException.class);
    }

    @Test
    void the_account_limit_lifts_when_its_window_is_over() {
        service = service(resendPerAccount(new Rule(1, HOUR)));
        stored(ADA, false, false);
        resend("ada@example.org");
        assertThatThrownBy(() -> resend("ada@example.org")).isInstanceOf(RateLimitedException.class);

        clock.advance(HOUR);
        resend("ada@example.org");

        assertThat(mailer.queued()).hasSize(2);
    }

    @Test
    void one_client_resending_more_often_than_its_limit_is_refused_whatever_the_address() {
        service = service(resendPerClient(new Rule(2, HOUR)));
        stored(ADA, false, false);
        resend("one@example.org");
        resend("two@example.org");

        assertThatThrownBy(() -> resend("ada@example.org")).isInstanceOf(RateLimitedException.class);

        assertThat(mailer.queued()).isEmpty();
    }
}
