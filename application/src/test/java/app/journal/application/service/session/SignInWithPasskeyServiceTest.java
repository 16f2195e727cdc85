package app.journal.application.service.session;

import static app.journal.application.service.AccountFixtures.NOW;
import static app.journal.application.service.AccountFixtures.NO_LIMITS;
import static app.journal.application.service.AccountFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.application.port.in.RateLimitedException;
import app.journal.application.port.in.session.SignInResult;
import app.journal.application.port.in.session.SignInResult.Refusal;
import app.journal.application.port.in.session.SignInResult.SignedIn;
import app.journal.application.port.in.session.SignInWithPasskey.FinishCommand;
import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.RelyingParty.Reason;
import app.journal.application.service.AccountEvents;
import app.journal.application.service.AccountFixtures;
import app.journal.application.service.AccountSettings.RateLimits;
import app.journal.application.service.AccountSettings.Rule;
import app.journal.application.service.ActivitySettings;
import app.journal.application.service.mfa.PasskeyAssertions;
import app.journal.application.testing.FakeDeviceNames;
import app.journal.application.testing.FakeRateLimiter;
import app.journal.application.testing.FakeRelyingParty;
import app.journal.application.testing.InMemoryPasskeyCeremonies;
import app.journal.application.testing.InMemoryPasskeys;
import app.journal.application.testing.InMemorySecurityActivity;
import app.journal.application.testing.InMemoryUserSessions;
import app.journal.application.testing.InMemoryUsers;
import app.journal.application.testing.InlineUnitOfWork;
import app.journal.application.testing.PasskeysContract;
import app.journal.application.testing.RecordingAccountMailer;
import app.journal.application.testing.RecordingAuthEvents;
import app.journal.application.testing.TestClock;
import app.journal.domain.activity.ActivityKind;
import app.journal.domain.passkey.CredentialId;
import app.journal.domain.passkey.UserHandle;
import app.journal.domain.session.SessionPersistence;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.PasswordHash;
import app.journal.domain.user.Role;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Passkey sign-in with the fakes and a relying party that only checks the challenge (its checks are tested on their own). */
class SignInWithPasskeyServiceTest {

    private final TestClock clock = new TestClock(NOW);
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryUserSessions sessions = new InMemoryUserSessions(users);
    private final InMemoryPasskeys passkeys = new InMemoryPasskeys();
    private final InMemoryPasskeyCeremonies ceremonies = new InMemoryPasskeyCeremonies();
    private final FakeRelyingParty relyingParty = new FakeRelyingParty();
    private final InMemorySecurityActivity activity = new InMemorySecurityActivity();
    private final RecordingAccountMailer mailer = new RecordingAccountMailer();
    private final RecordingAuthEvents events = new RecordingAuthEvents();
    private final InlineUnitOfWork unitOfWork = new InlineUnitOfWork();
    private final FakeDeviceNames devices = new FakeDeviceNames();
    private final AccountEvents accountEvents = new AccountEvents(activity, mailer, devices, unitOfWork, events);
    private final SessionStarter starter = new SessionStarter(sessions, activity, devices, mailer, unitOfWork,
            settings(true, NO_LIMITS), ActivitySettings.defaults(), events, clock);
    private final SignInWithPasskeyService service = new SignInWithPasskeyService(users, passkeys, ceremonies,
            relyingParty, new PasskeyAssertions(passkeys, relyingParty, users, accountEvents, clock), starter,
            accountEvents, new FakeRateLimiter(clock), settings(true, NO_LIMITS), events, Duration.ofMinutes(5),
            clock);

    private User account(boolean verified, boolean disabled) {
        var user = new User(UserId.random(), new EmailAddress("pk-" + UserId.random().value() + "@example.org"),
                new PasswordHash("$argon2id$x"), verified ? NOW : null, Set.of(Role.USER), disabled ? NOW : null, NOW,
                NOW);
        users.addIfEmailFree(user);
        return user;
    }

    private CredentialId passkeyOf(User user, long count) {
        var id = PasskeysContract.randomCredentialId();
        passkeys.userHandleOf(user.id());
        passkeys.add(PasskeysContract.passkey(id, user.id(), "Key", count, NOW));
        return id;
    }

    private SignInResult signIn(CredentialId id, long count, boolean uv, UserHandle handle) {
        var options = service.options("198.51.100.7");
        return service.finish(new FinishCommand(options.ceremonyId(),
                FakeRelyingParty.answer(options.publicKeyJson(), id, count, uv, handle), "JUnit", "198.51.100.7",
                SessionPersistence.PERSISTENT));
    }

    @Test
    void aUserVerifiedPasskeySignsInAsTwoFactorsThroughTheSameSessionStart() {
        var ada = account(true, false);
        var id = passkeyOf(ada, 3);

        var result = signIn(id, 4, true, passkeys.userHandleOf(ada.id()));

        assertThat(result).isInstanceOf(SignedIn.class);
        assertThat(((SignedIn) result).amr()).containsExactly("hwk", "user", "mfa");
        assertThat(activity.of(ActivityKind.SIGNED_IN)).hasSize(1);
        assertThat(activity.of(ActivityKind.PASSKEY_SIGNED_IN)).singleElement()
                .satisfies(row -> assertThat(row.sessionId()).isEqualTo(((SignedIn) result).session().id()));
        assertThat(passkeys.find(id).orElseThrow().signatureCount()).isEqualTo(4);
        assertThat(passkeys.find(id).orElseThrow().lastUsedAt()).isNotNull();
    }

    @Test
    void everyFailureIsOneRefusalAndStartsNoSession() {
        var ada = account(true, false);
        var id = passkeyOf(ada, 0);
        var handle = passkeys.userHandleOf(ada.id());

        assertThat(signIn(id, 0, false, handle)).as("no user verification")
                .isEqualTo(new SignInResult.Refused(Refusal.PASSKEY));
        assertThat(signIn(PasskeysContract.randomCredentialId(), 0, true, handle)).as("unknown credential")
                .isEqualTo(new SignInResult.Refused(Refusal.PASSKEY));
        assertThat(signIn(id, 0, true, UserHandle.random())).as("another user handle")
                .isEqualTo(new SignInResult.Refused(Refusal.PASSKEY));
        relyingParty.refuseNext(Reason.ORIGIN);
        assertThat(signIn(id, 0, true, handle)).as("the relying party said no")
                .isEqualTo(new SignInResult.Refused(Refusal.PASSKEY));
        var options = service.options("x");
        var answer = FakeRelyingParty.answer(options.publicKeyJson(), id, 0, true, handle);
        var command = new FinishCommand(options.ceremonyId(), answer, null, null, SessionPersistence.PERSISTENT);
        assertThat(service.finish(command)).isInstanceOf(SignedIn.class);
        assertThat(service.finish(command)).as("replayed").isEqualTo(new SignInResult.Refused(Refusal.PASSKEY));
        assertThat(sessions.unrevokedOf(ada.id(), NOW)).hasSize(1);
    }

    @Test
    void aDisabledOrUnverifiedAccountIsRefusedLikeAPasswordSignIn() {
        var disabled = account(true, true);
        var unverified = account(false, false);
        assertThat(signIn(passkeyOf(disabled, 0), 0, true, null)).isEqualTo(new SignInResult.Refused(Refusal.PASSKEY));
        assertThat(signIn(passkeyOf(unverified, 0), 0, true, null))
                .isEqualTo(new SignInResult.Refused(Refusal.PASSKEY));
    }

    @Test
    void aCounterThatWentBackwardsIsRefusedRecordedAndMailedToTheOwner() {
        var ada = account(true, false);
        var id = passkeyOf(ada, 7);

        assertThat(signIn(id, 7, true, null)).isEqualTo(new SignInResult.Refused(Refusal.PASSKEY));
        relyingParty.refuseNext(Reason.COUNTER_REGRESSED);
        assertThat(signIn(id, 9, true, null)).as("the library found it").isEqualTo(
                new SignInResult.Refused(Refusal.PASSKEY));

        assertThat(activity.of(ActivityKind.PASSKEY_COUNTER_REGRESSED)).hasSize(2);
        assertThat(mailer.queued(AccountMail.PasskeyNotice.class)).hasSize(2)
                .allSatisfy(mail -> assertThat(mail.to()).isEqualTo(ada.email()));
        assertThat(sessions.unrevokedOf(ada.id(), NOW)).isEmpty();
    }

    @Test
    void aSyncedPasskeyThatKeepsNoCounterSignsInAgainAndAgain() {
        var ada = account(true, false);
        var id = passkeyOf(ada, 0);
        assertThat(signIn(id, 0, true, null)).isInstanceOf(SignedIn.class);
        assertThat(signIn(id, 0, true, null)).isInstanceOf(SignedIn.class);
    }

    @Test
    void openingTheSignInPageCostsNoSignInAttemptButEachFinishDoes() {
        var limits = new RateLimits(AccountFixtures.UNLIMITED,
                new Rule(2, Duration.ofMinutes(15)), AccountFixtures.UNLIMITED, AccountFixtures.UNLIMITED,
                AccountFixtures.UNLIMITED, AccountFixtures.UNLIMITED);
        var limited = new SignInWithPasskeyService(users, passkeys, ceremonies, relyingParty,
                new PasskeyAssertions(passkeys, relyingParty, users, accountEvents, clock), starter, accountEvents,
                new FakeRateLimiter(clock), settings(true, limits), events, Duration.ofMinutes(5), clock);
        var ada = account(true, false);
        var id = passkeyOf(ada, 0);
        var handle = passkeys.userHandleOf(ada.id());

        for (int i = 0; i < 10; i++) {
            limited.options("203.0.113.9"); // /login opened ten times: within the options' own rule
        }
        for (int i = 0; i < 2; i++) {
            var options = limited.options("203.0.113.9");
            assertThat(limited.finish(new FinishCommand(options.ceremonyId(),
                    FakeRelyingParty.answer(options.publicKeyJson(), id, 0, false, handle), "JUnit", "203.0.113.9",
                    SessionPersistence.PERSISTENT))).isEqualTo(new SignInResult.Refused(Refusal.PASSKEY));
        }
        var third = limited.options("203.0.113.9");
        assertThatThrownBy(() -> limited.finish(new FinishCommand(third.ceremonyId(),
                FakeRelyingParty.answer(third.publicKeyJson(), id, 0, true, handle), "JUnit", "203.0.113.9",
                SessionPersistence.PERSISTENT))).isInstanceOf(RateLimitedException.class);
    }
}
