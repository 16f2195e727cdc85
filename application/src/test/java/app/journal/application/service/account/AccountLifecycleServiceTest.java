package app.journal.application.service.account;

import java.util.List;
import app.journal.application.service.AccountEvents;
import static app.journal.application.service.AccountFixtures.GOOD_PASSWORD;
import static app.journal.application.service.AccountFixtures.NOW;
import static app.journal.application.service.AccountFixtures.POLICY;
import static app.journal.application.service.AccountFixtures.settings;
import static app.journal.domain.session.SessionPersistence.PERSISTENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.application.port.in.account.CancelEmailChange;
import app.journal.application.port.in.account.CancelEmailChange.CancelEmailChangeCommand;
import app.journal.application.port.in.account.ChangeEmail.ChangeEmailCommand;
import app.journal.application.port.in.account.ChangePassword.ChangePasswordCommand;
import app.journal.application.port.in.ClientInfo;
import app.journal.application.port.in.account.ConfirmEmailChange;
import app.journal.application.port.in.account.ConfirmEmailChange.ConfirmEmailChangeCommand;
import app.journal.application.port.in.CurrentPasswordIncorrectException;
import app.journal.application.port.in.account.DeleteAccount.DeleteAccountCommand;
import app.journal.application.port.in.account.RequestPasswordReset.RequestPasswordResetCommand;
import app.journal.application.port.in.account.ResetPassword.Outcome;
import app.journal.application.port.in.account.ResetPassword.ResetPasswordCommand;
import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountTokens.Purpose;
import app.journal.application.port.out.PasswordHasher;
import app.journal.application.testing.FakeDeviceNames;
import app.journal.application.testing.FakePasswordHasher;
import app.journal.application.testing.FakePasswordPolicy;
import app.journal.application.testing.FakeRateLimiter;
import app.journal.application.testing.InMemoryAccountTokens;
import app.journal.application.testing.InMemorySecurityActivity;
import app.journal.application.testing.InMemoryUserSessions;
import app.journal.application.testing.InMemoryUsers;
import app.journal.application.testing.InlineUnitOfWork;
import app.journal.application.testing.OutsideTransactionHasher;
import app.journal.application.testing.RecordingAccountMailer;
import app.journal.application.testing.RecordingAuthEvents;
import app.journal.application.testing.TestClock;
import app.journal.domain.InvalidValueException;
import app.journal.domain.activity.ActivityKind;
import app.journal.domain.session.RefreshId;
import app.journal.domain.session.RevokeReason;
import app.journal.domain.session.SessionId;
import app.journal.domain.session.UserSession;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.Role;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import app.journal.application.service.mfa.Confirmations;
import app.journal.application.service.mfa.FactorChecks;
import app.journal.application.service.mfa.Reauthentication;
import app.journal.application.service.session.RevokeOtherSessionsService;
import app.journal.application.service.mfa.TwoStepSettings;
import app.journal.application.service.ActivitySettings;
import app.journal.application.service.LinkTokens;
import app.journal.application.service.PendingGrants;

/**
 * Issue 9's use cases on the in-memory fakes: what each writes, what it queues, that no password is
 * hashed or verified while a unit of work is open, and that refused input changes nothing. Atomicity
 * itself is proved on PostgreSQL (PasswordResetApiTest).
 */
class AccountLifecycleServiceTest {

    private static final EmailAddress ADA = new EmailAddress("ada@example.org");
    private static final String NEW_PASSWORD = "seven quiet herons fold maps";
    private static final ClientInfo FIREFOX = new ClientInfo("Firefox on Windows", "203.0.113.7");

    private final TestClock clock = new TestClock(NOW);
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryUserSessions sessions = new InMemoryUserSessions(users);
    private final InMemoryAccountTokens tokenStore = new InMemoryAccountTokens();
    private final LinkTokens linkTokens = new LinkTokens(tokenStore,
            new LinkTokens.Settings(Duration.ofMinutes(30), Duration.ofHours(24)), clock);
    private final FakePasswordHasher fakeHasher = new FakePasswordHasher();
    private final FakePasswordPolicy policy = new FakePasswordPolicy();
    private final FakeRateLimiter limiter = new FakeRateLimiter(clock);
    private final InMemorySecurityActivity activity = new InMemorySecurityActivity();
    private final FakeDeviceNames devices = new FakeDeviceNames();
    private final RecordingAccountMailer mailer = new RecordingAccountMailer();
    private final RecordingAuthEvents events = new RecordingAuthEvents();
    private final InlineUnitOfWork unitOfWork = new InlineUnitOfWork();
    private final AccountEvents accountEvents = new AccountEvents(activity, mailer, devices, unitOfWork, events);
    private final PendingGrants grants = new PendingGrants(tokenStore, mailer,
            new app.journal.application.testing.InMemoryPendingSecondSteps(),
            new app.journal.application.testing.InMemoryTrustedBrowsers());
    private final User ada = account(ADA);

    private final PasswordHasher hasher = new OutsideTransactionHasher(fakeHasher, unitOfWork);

    /** "Confirm it's you" with no confirmed session and no second factor: the current password stands in. */
    private Confirmations confirmations() {
        return new Confirmations(new app.journal.application.testing.InMemorySessionConfirmations(sessions),
                new FactorChecks(new app.journal.application.testing.InMemoryTwoStepFactors(),
                        new app.journal.application.testing.InMemorySecretSealer(),
                        new app.journal.application.testing.FakeCodeDigests()),
                users, new Reauthentication(users, hasher, limiter, settings()), TwoStepSettings.defaults(),
                new app.journal.application.testing.InMemoryPasskeys(), clock);
    }

    private User account(EmailAddress email) {
        var user = new User(UserId.random(), email, fakeHasher.hashOf(GOOD_PASSWORD), NOW.minus(Duration.ofDays(1)),
                Set.of(Role.USER), null, NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofDays(1)));
        users.addIfEmailFree(user);
        return user;
    }

    private UserSession session() {
        var session = UserSession.start(SessionId.random(), ada.id(), RefreshId.random(), clock.instant(), POLICY,
                PERSISTENT, "JUnit", null);
        sessions.add(session);
        return session;
    }

    private final RequestPasswordResetService forgot =
            new RequestPasswordResetService(users, mailer, limiter, settings());

    private ResetPasswordService reset() {
        return new ResetPasswordService(users, sessions, tokenStore, grants, hasher, policy, limiter, settings(), accountEvents, unitOfWork, clock);
    }

    @Test
    void forgot_queues_one_row_for_a_known_and_for_an_unknown_address_and_counts_both_against_the_address() {
        var disabled = account(new EmailAddress("off@example.org"));
        users.disable(disabled.id(), NOW);

        forgot.request(new RequestPasswordResetCommand(" ADA@example.org", "c"));
        forgot.request(new RequestPasswordResetCommand("nobody@example.org", "c"));
        forgot.request(new RequestPasswordResetCommand("off@example.org", "c"));

        assertThat(mailer.queued()).containsExactly(new AccountMail.PasswordResetLink(ada.id(), ADA),
                new AccountMail.PasswordResetLink(null, new EmailAddress("nobody@example.org")),
                new AccountMail.PasswordResetLink(null, new EmailAddress("off@example.org")));
        assertThat(limiter.attempts("forgot:account:nobody@example.org")).isEqualTo(1);
        assertThat(limiter.attempts("forgot:client:c")).isEqualTo(3);
        assertThatThrownBy(() -> forgot.request(new RequestPasswordResetCommand("nope", "c")))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_reset_spends_the_link_sets_the_hash_verifies_revokes_every_session_records_and_notifies() {
        var one = session();
        var two = session();
        var token = linkTokens.issue(ada.id(), Purpose.PASSWORD_RESET, ADA);

        var outcome = reset().reset(new ResetPasswordCommand(token, NEW_PASSWORD, "203.0.113.7", "Safari on iPhone"));

        assertThat(outcome).isEqualTo(Outcome.RESET);
        assertThat(fakeHasher.verify(NEW_PASSWORD, users.findById(ada.id()).orElseThrow().passwordHash())).isTrue();
        assertThat(sessions.find(one.id()).orElseThrow().revokeReason()).isEqualTo(RevokeReason.PASSWORD_RESET);
        assertThat(sessions.find(two.id()).orElseThrow().isRevoked()).isTrue();
        assertThat(activity.of(ActivityKind.PASSWORD_RESET)).hasSize(1);
        assertThat(mailer.queued()).containsExactly(new AccountMail.PasswordChanged(ada.id(), ADA, NOW,
                "Safari on iPhone", "203.0.113.7", 2, true));
        assertThat(unitOfWork.opened()).isEqualTo(1);
        assertThat(tokenStore.hashes()).as("spent").isEmpty();
        assertThat(reset().reset(new ResetPasswordCommand(token, NEW_PASSWORD, "c", null)))
                .isEqualTo(Outcome.INVALID_LINK);
    }

    @Test
    void a_refused_password_leaves_the_link_and_the_account_as_they_were() {
        var token = linkTokens.issue(ada.id(), Purpose.PASSWORD_RESET, ADA);
        policy.reject("guessable password", "Too easy to guess.");

        assertThatThrownBy(() -> reset().reset(new ResetPasswordCommand(token, "guessable password", "c", null)))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("password"));

        assertThat(tokenStore.hashes()).hasSize(1);
        assertThat(unitOfWork.opened()).isZero();
        assertThat(reset().reset(new ResetPasswordCommand(token, NEW_PASSWORD, "c", null))).isEqualTo(Outcome.RESET);
    }

    @Test
    void a_reset_link_dies_when_the_account_moved_to_another_address_and_garbage_is_never_looked_up() {
        var token = linkTokens.issue(ada.id(), Purpose.PASSWORD_RESET, ADA);
        users.changeEmail(ada.id(), new EmailAddress("ada-new@example.org"), NOW);

        assertThat(reset().reset(new ResetPasswordCommand(token, NEW_PASSWORD, "c", null)))
                .isEqualTo(Outcome.INVALID_LINK);
        assertThat(reset().reset(new ResetPasswordCommand("../../etc", NEW_PASSWORD, "c", null)))
                .isEqualTo(Outcome.INVALID_LINK);
        assertThat(reset().reset(new ResetPasswordCommand(null, NEW_PASSWORD, "c", null)))
                .isEqualTo(Outcome.INVALID_LINK);
    }

    @Test
    void changing_the_password_keeps_this_session_revokes_the_others_and_never_hashes_in_a_transaction() {
        var current = session();
        var other = session();
        var service = new ChangePasswordService(users, sessions, grants, confirmations(), hasher, policy, settings(), accountEvents, unitOfWork, clock);

        int revoked = service.change(new ChangePasswordCommand(ada.id(), current.id(), GOOD_PASSWORD, NEW_PASSWORD,
                FIREFOX));

        assertThat(revoked).isEqualTo(1);
        assertThat(sessions.find(current.id()).orElseThrow().isRevoked()).isFalse();
        assertThat(sessions.find(other.id()).orElseThrow().revokeReason()).isEqualTo(RevokeReason.PASSWORD_CHANGED);
        assertThat(activity.of(ActivityKind.PASSWORD_CHANGED)).hasSize(1);
        assertThat(mailer.queued(AccountMail.PasswordChanged.class)).hasSize(1);
        assertThatThrownBy(() -> service.change(new ChangePasswordCommand(ada.id(), current.id(), "wrong",
                "another good password here", FIREFOX))).isInstanceOf(CurrentPasswordIncorrectException.class);
        assertThat(limiter.attempts("reauth:account:" + ada.id().value())).isEqualTo(2);
    }

    @Test
    void change_email_mails_a_free_address_only_and_the_confirmation_moves_the_account_and_tells_the_old_one() {
        var bob = account(new EmailAddress("bob@example.org"));
        var request = new ChangeEmailService(users, confirmations(), accountEvents, unitOfWork,
                clock);
        var confirm = new ConfirmEmailChangeService(users, tokenStore, limiter, settings(), accountEvents, unitOfWork, clock);

        request.request(new ChangeEmailCommand(ada.id(), SessionId.random(), GOOD_PASSWORD, bob.email().value(), FIREFOX));
        request.request(new ChangeEmailCommand(ada.id(), SessionId.random(), GOOD_PASSWORD, "ADA@example.org", FIREFOX));
        assertThat(mailer.queued(AccountMail.EmailChangeLink.class)).as("taken or the same: no link").isEmpty();
        assertThat(mailer.queued(AccountMail.EmailChangeRequested.class)).as("the current address hears of each")
                .hasSize(2).allSatisfy(notice -> assertThat(notice.to()).isEqualTo(ADA));
        request.request(new ChangeEmailCommand(ada.id(), SessionId.random(), GOOD_PASSWORD, "ada@new.example", FIREFOX));

        var link = mailer.queued(AccountMail.EmailChangeLink.class).getFirst();
        assertThat(link).isEqualTo(new AccountMail.EmailChangeLink(ada.id(), new EmailAddress("ada@new.example")));
        assertThat(users.findById(ada.id()).orElseThrow().email()).as("not before the link").isEqualTo(ADA);
        var token = linkTokens.issue(link.userId(), Purpose.EMAIL_CHANGE, link.to());

        var outcome = confirm.confirm(new ConfirmEmailChangeCommand(token, "c", null));

        assertThat(outcome).isEqualTo(new ConfirmEmailChange.Outcome.Changed(new EmailAddress("ada@new.example")));
        assertThat(users.findById(ada.id()).orElseThrow().email()).isEqualTo(new EmailAddress("ada@new.example"));
        assertThat(mailer.queued(AccountMail.EmailChanged.class)).extracting(AccountMail::to).containsExactly(ADA);
        assertThat(activity.of(ActivityKind.EMAIL_CHANGE_REQUESTED)).hasSize(3);
        assertThat(confirm.confirm(new ConfirmEmailChangeCommand(token, "c", null)))
                .isEqualTo(new ConfirmEmailChange.Outcome.InvalidLink());
    }

    @Test
    void deleting_removes_the_account_and_queues_a_notice_that_belongs_to_no_account() {
        var service = new DeleteAccountService(users, sessions, confirmations(), accountEvents, unitOfWork, clock);

        assertThatThrownBy(() -> service.delete(new DeleteAccountCommand(ada.id(), SessionId.random(), "wrong", FIREFOX)))
                .isInstanceOf(CurrentPasswordIncorrectException.class);
        assertThat(users.findById(ada.id())).isPresent();

        service.delete(new DeleteAccountCommand(ada.id(), SessionId.random(), GOOD_PASSWORD, FIREFOX));

        assertThat(users.findById(ada.id())).isEmpty();
        assertThat(mailer.queued()).containsExactly(new AccountMail.AccountDeleted(ADA, NOW, "Firefox on Windows",
                "203.0.113.7"));
        assertThat(mailer.queued().getFirst().userId()).isNull();
    }

    @Test
    void deleting_ends_every_session_through_the_sessions_port_and_counts_each() {
        var phone = session();
        var laptop = session();
        var service = new DeleteAccountService(users, sessions, confirmations(), accountEvents, unitOfWork, clock);

        service.delete(new DeleteAccountCommand(ada.id(), laptop.id(), GOOD_PASSWORD, FIREFOX));

        for (var ended : List.of(phone, laptop)) {
            var row = sessions.find(ended.id()).orElseThrow();
            assertThat(row.isRevoked()).isTrue();
            assertThat(row.revokeReason()).isEqualTo(RevokeReason.ACCOUNT_DELETED);
        }
        assertThat(events.events()).containsExactly("sessionRevoked:ACCOUNT_DELETED", "sessionRevoked:ACCOUNT_DELETED");
    }

    // Issue 15: a change of credentials voids every pending grant; the current address can cancel a change.

    private static final EmailAddress MALLORY = new EmailAddress("mallory@evil.example");

    /** An intruder's pending change: its link delivered (token stored) and a second link mail still queued. */
    private String pendingGrantsOfAnIntruder() {
        mailer.queue(new AccountMail.EmailChangeLink(ada.id(), MALLORY));
        mailer.queue(new AccountMail.PasswordResetLink(ada.id(), ADA));
        linkTokens.issue(ada.id(), Purpose.PASSWORD_RESET, ADA);
        return linkTokens.issue(ada.id(), Purpose.EMAIL_CHANGE, MALLORY);
    }

    private ConfirmEmailChangeService confirm() {
        return new ConfirmEmailChangeService(users, tokenStore, limiter, settings(), accountEvents, unitOfWork, clock);
    }

    private void assertNoPendingGrants(String changeToken) {
        assertThat(confirm().confirm(new ConfirmEmailChangeCommand(changeToken, "c", null)))
                .isEqualTo(new ConfirmEmailChange.Outcome.InvalidLink());
        assertThat(users.findById(ada.id()).orElseThrow().email()).isEqualTo(ADA);
        assertThat(tokenStore.hashes()).as("no reset or change token left").isEmpty();
        assertThat(mailer.queued(AccountMail.EmailChangeLink.class)).as("queued change link withdrawn").isEmpty();
        assertThat(mailer.queued(AccountMail.PasswordResetLink.class)).as("queued reset link withdrawn").isEmpty();
    }

    @Test
    void a_password_reset_voids_the_pending_email_change_and_every_other_reset_link() {
        var resetToken = linkTokens.issue(ada.id(), Purpose.PASSWORD_RESET, ADA);
        var changeToken = linkTokens.issue(ada.id(), Purpose.EMAIL_CHANGE, MALLORY);
        mailer.queue(new AccountMail.EmailChangeLink(ada.id(), MALLORY));
        mailer.queue(new AccountMail.PasswordResetLink(ada.id(), ADA));

        assertThat(reset().reset(new ResetPasswordCommand(resetToken, NEW_PASSWORD, "c", null)))
                .isEqualTo(Outcome.RESET);

        assertNoPendingGrants(changeToken);
    }

    @Test
    void a_password_change_voids_every_pending_grant() {
        var current = session();
        var changeToken = pendingGrantsOfAnIntruder();
        var service = new ChangePasswordService(users, sessions, grants, confirmations(), hasher, policy, settings(), accountEvents, unitOfWork, clock);

        service.change(new ChangePasswordCommand(ada.id(), current.id(), GOOD_PASSWORD, NEW_PASSWORD, FIREFOX));

        assertNoPendingGrants(changeToken);
    }

    @Test
    void signing_out_all_other_devices_voids_every_pending_grant_even_with_no_other_device() {
        var current = session();
        var changeToken = pendingGrantsOfAnIntruder();
        var service = new RevokeOtherSessionsService(users, sessions, grants, accountEvents, unitOfWork, settings(), new ActivitySettings(Duration.ofDays(90), Duration.ofHours(1),
                        ActivitySettings.Notices.ALL), clock);

        assertThat(service.revokeOthers(ada.id(), current.id(), FIREFOX)).isZero();

        assertNoPendingGrants(changeToken);
    }

    @Test
    void a_change_request_tells_the_current_address_at_once_with_the_device_and_the_new_address() {
        var request = new ChangeEmailService(users, confirmations(), accountEvents, unitOfWork,
                clock);

        request.request(new ChangeEmailCommand(ada.id(), SessionId.random(), GOOD_PASSWORD, MALLORY.value(), FIREFOX));

        assertThat(mailer.queued(AccountMail.EmailChangeRequested.class)).containsExactly(
                new AccountMail.EmailChangeRequested(ada.id(), ADA, NOW, "Firefox on Windows", "203.0.113.7", MALLORY));
        assertThat(mailer.queued(AccountMail.EmailChangeRequested.class).getFirst().maskedNewEmail())
                .isEqualTo("m…@evil.example");
    }

    private CancelEmailChangeService cancel() {
        return new CancelEmailChangeService(users, tokenStore, grants, limiter, settings(), accountEvents, unitOfWork, clock);
    }

    @Test
    void cancelling_voids_the_pending_change_records_it_and_works_once() {
        var changeToken = linkTokens.issue(ada.id(), Purpose.EMAIL_CHANGE, MALLORY);
        mailer.queue(new AccountMail.EmailChangeLink(ada.id(), MALLORY));
        var resetToken = linkTokens.issue(ada.id(), Purpose.PASSWORD_RESET, ADA);
        var cancelToken = linkTokens.issue(ada.id(), Purpose.EMAIL_CHANGE_CANCEL, ADA);

        var outcome = cancel().cancel(new CancelEmailChangeCommand(cancelToken, "198.51.100.9", "Safari on iPhone"));

        assertThat(outcome).isEqualTo(CancelEmailChange.Outcome.CANCELLED);
        assertThat(confirm().confirm(new ConfirmEmailChangeCommand(changeToken, "c", null)))
                .isEqualTo(new ConfirmEmailChange.Outcome.InvalidLink());
        assertThat(mailer.queued(AccountMail.EmailChangeLink.class)).isEmpty();
        assertThat(activity.of(ActivityKind.EMAIL_CHANGE_CANCELLED)).singleElement().satisfies(row -> {
            assertThat(row.device()).isEqualTo("Safari on iPhone");
            assertThat(row.clientIp()).isEqualTo("198.51.100.9");
        });
        assertThat(tokenStore.find(LinkTokens.hashOf(resetToken).orElseThrow(), Purpose.PASSWORD_RESET, NOW))
                .as("a reset link is not the change's").isPresent();
        assertThat(cancel().cancel(new CancelEmailChangeCommand(cancelToken, "c", null)))
                .as("single use").isEqualTo(CancelEmailChange.Outcome.INVALID_LINK);
        assertThat(cancel().cancel(new CancelEmailChangeCommand("garbage", "c", null)))
                .isEqualTo(CancelEmailChange.Outcome.INVALID_LINK);
        assertThat(activity.of(ActivityKind.EMAIL_CHANGE_CANCELLED)).hasSize(1);
    }

    @Test
    void a_cancel_link_is_void_once_the_account_moved_to_another_address() {
        var cancelToken = linkTokens.issue(ada.id(), Purpose.EMAIL_CHANGE_CANCEL, ADA);
        users.changeEmail(ada.id(), MALLORY, NOW);

        assertThat(cancel().cancel(new CancelEmailChangeCommand(cancelToken, "c", null)))
                .isEqualTo(CancelEmailChange.Outcome.INVALID_LINK);
        assertThat(activity.of(ActivityKind.EMAIL_CHANGE_CANCELLED)).isEmpty();
    }
}
