package app.journal.application.service.mfa;

import static app.journal.application.service.AccountFixtures.NOW;
import static app.journal.application.service.AccountFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.application.port.in.ClientInfo;
import app.journal.application.port.in.mfa.PasskeyConflictException;
import app.journal.application.port.in.mfa.PasskeyFailedException;
import app.journal.application.port.in.mfa.PasskeyOptions;
import app.journal.application.port.in.mfa.ReauthenticationRequiredException;
import app.journal.application.port.in.session.RevokeSession.SessionNotFoundException;
import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountMail.PasskeyTopic;
import app.journal.application.service.AccountEvents;
import app.journal.application.service.PendingGrants;
import app.journal.application.testing.FakeCodeDigests;
import app.journal.application.testing.FakeDeviceNames;
import app.journal.application.testing.FakePasswordHasher;
import app.journal.application.testing.FakeRateLimiter;
import app.journal.application.testing.FakeRelyingParty;
import app.journal.application.testing.InMemoryAccountTokens;
import app.journal.application.testing.InMemoryPasskeyCeremonies;
import app.journal.application.testing.InMemoryPasskeys;
import app.journal.application.testing.InMemoryPendingSecondSteps;
import app.journal.application.testing.InMemorySecretSealer;
import app.journal.application.testing.InMemorySecurityActivity;
import app.journal.application.testing.InMemorySessionConfirmations;
import app.journal.application.testing.InMemoryTrustedBrowsers;
import app.journal.application.testing.InMemoryTwoStepFactors;
import app.journal.application.testing.InMemoryUserSessions;
import app.journal.application.testing.InMemoryUsers;
import app.journal.application.testing.InlineUnitOfWork;
import app.journal.application.testing.PasskeysContract;
import app.journal.application.testing.RecordingAccountMailer;
import app.journal.application.testing.RecordingAuthEvents;
import app.journal.application.testing.TestClock;
import app.journal.domain.activity.ActivityKind;
import app.journal.domain.passkey.CredentialId;
import app.journal.domain.session.RefreshId;
import app.journal.domain.session.SessionId;
import app.journal.domain.session.SessionPersistence;
import app.journal.domain.session.UserSession;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.PasswordHash;
import app.journal.domain.user.Role;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.time.Duration;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Managing passkeys and confirming with one, with the in-memory stores and a fake relying party. */
class ManagePasskeysServiceTest {

    private static final ClientInfo CLIENT = new ClientInfo("Firefox on Linux", "198.51.100.7");

    private final TestClock clock = new TestClock(NOW);
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryUserSessions sessions = new InMemoryUserSessions(users);
    private final InMemorySessionConfirmations marks = new InMemorySessionConfirmations(sessions);
    private final InMemoryPasskeys passkeys = new InMemoryPasskeys();
    private final InMemoryPasskeyCeremonies ceremonies = new InMemoryPasskeyCeremonies();
    private final FakeRelyingParty relyingParty = new FakeRelyingParty();
    private final InMemorySecurityActivity activity = new InMemorySecurityActivity();
    private final RecordingAccountMailer mailer = new RecordingAccountMailer();
    private final RecordingAuthEvents events = new RecordingAuthEvents();
    private final InlineUnitOfWork unitOfWork = new InlineUnitOfWork();
    private final AccountEvents accountEvents = new AccountEvents(activity, mailer, new FakeDeviceNames(), unitOfWork,
            events);
    private final InMemoryAccountTokens tokens = new InMemoryAccountTokens();
    private final Confirmations confirmations = new Confirmations(marks, new FactorChecks(new InMemoryTwoStepFactors(),
            new InMemorySecretSealer(), new FakeCodeDigests()), users,
            new Reauthentication(users, new FakePasswordHasher(), new FakeRateLimiter(clock), settings()),
            TwoStepSettings.defaults(), passkeys, clock);
    private final ManagePasskeysService manage = new ManagePasskeysService(passkeys, ceremonies, relyingParty,
            confirmations, new PendingGrants(tokens, mailer, new InMemoryPendingSecondSteps(),
                    new InMemoryTrustedBrowsers()), accountEvents, users, Duration.ofMinutes(5), unitOfWork, clock);
    private final ConfirmWithPasskeyService confirm = new ConfirmWithPasskeyService(passkeys, ceremonies, relyingParty,
            new PasskeyAssertions(passkeys, relyingParty, users, accountEvents, clock), marks, accountEvents,
            TwoStepSettings.defaults(), Duration.ofMinutes(5), unitOfWork, clock);

    private User account(@Nullable PasswordHash hash) {
        var user = new User(UserId.random(), new EmailAddress("pk-" + UserId.random().value() + "@example.org"), hash,
                NOW, Set.of(Role.USER), null, NOW, NOW);
        users.addIfEmailFree(user);
        return user;
    }

    private SessionId session(User user, boolean confirmed) {
        var session = UserSession.start(SessionId.random(), user.id(), RefreshId.random(), NOW,
                settings().sessionPolicy(), SessionPersistence.PERSISTENT, "JUnit", "198.51.100.7");
        sessions.add(session);
        if (confirmed) {
            assertThat(marks.confirm(session.id(), user.id(), NOW)).isTrue();
        }
        return session.id();
    }

    private CredentialId add(User user, SessionId session, @Nullable String name) {
        var options = manage.registrationOptions(user.id(), session);
        var id = PasskeysContract.randomCredentialId();
        manage.register(user.id(), session, options.ceremonyId(),
                FakeRelyingParty.answer(options.publicKeyJson(), id, 0, true, null), name, CLIENT);
        return id;
    }

    @Test
    void addingNeedsAConfirmedSessionIsNamedAfterTheDeviceRecordedAndMailed() {
        var ada = account(new PasswordHash("$argon2id$x"));
        var unconfirmed = session(ada, false);
        assertThatThrownBy(() -> manage.registrationOptions(ada.id(), unconfirmed))
                .isInstanceOf(ReauthenticationRequiredException.class);

        var id = add(ada, session(ada, true), null);

        assertThat(manage.list(ada.id())).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(id);
            assertThat(p.name().value()).isEqualTo("Firefox on Linux");
        });
        assertThat(activity.of(ActivityKind.PASSKEY_ADDED)).hasSize(1);
        assertThat(mailer.queued(AccountMail.PasskeyNotice.class)).extracting(AccountMail.PasskeyNotice::topic)
                .containsExactly(PasskeyTopic.PASSKEY_ADDED);
        assertThatThrownBy(() -> manage.registrationOptions(ada.id(), unconfirmed))
                .isInstanceOfSatisfying(ReauthenticationRequiredException.class,
                        e -> assertThat(e.methods()).containsExactly("password", "passkey"));
    }

    @Test
    void onlyTheSessionThatBeganItFinishesARegistrationOnceAndACredentialIsAddedOnce() {
        var ada = account(new PasswordHash("$argon2id$x"));
        var session = session(ada, true);
        var other = session(ada, true);
        PasskeyOptions options = manage.registrationOptions(ada.id(), session);
        var id = PasskeysContract.randomCredentialId();
        var answer = FakeRelyingParty.answer(options.publicKeyJson(), id, 0, true, null);

        assertThatThrownBy(() -> manage.register(ada.id(), other, options.ceremonyId(), answer, "x", CLIENT))
                .isInstanceOf(PasskeyFailedException.class);
        assertThatThrownBy(() -> manage.register(ada.id(), session, options.ceremonyId(), answer, "x", CLIENT))
                .as("taken by the other session's try").isInstanceOf(PasskeyFailedException.class);

        var again = manage.registrationOptions(ada.id(), session);
        manage.register(ada.id(), session, again.ceremonyId(),
                FakeRelyingParty.answer(again.publicKeyJson(), id, 0, true, null), "Key", CLIENT);
        var third = manage.registrationOptions(ada.id(), session);
        assertThatThrownBy(() -> manage.register(ada.id(), session, third.ceremonyId(),
                FakeRelyingParty.answer(third.publicKeyJson(), id, 0, true, null), "Key", CLIENT))
                .isInstanceOfSatisfying(PasskeyConflictException.class,
                        e -> assertThat(e.conflict()).isEqualTo(PasskeyConflictException.Conflict.ALREADY_REGISTERED));
        var fourth = manage.registrationOptions(ada.id(), session);
        assertThatThrownBy(() -> manage.register(ada.id(), session, fourth.ceremonyId(),
                FakeRelyingParty.answer(fourth.publicKeyJson(), PasskeysContract.randomCredentialId(), 0, false, null),
                "Key", CLIENT)).as("no user verification").isInstanceOf(PasskeyFailedException.class);
    }

    @Test
    void renamingAndRemovingOnlyOnesOwnAndNeverTheLastWayToSignIn() {
        var ada = account(null);
        var session = session(ada, true);
        var first = add(ada, session, "First");
        var bob = account(new PasswordHash("$argon2id$x"));

        assertThatThrownBy(() -> manage.rename(bob.id(), first.base64Url(), "Mine", CLIENT))
                .isInstanceOf(SessionNotFoundException.class);
        assertThat(manage.rename(ada.id(), first.base64Url(), " Phone ", CLIENT).name().value()).isEqualTo("Phone");
        assertThatThrownBy(() -> manage.remove(ada.id(), session, first.base64Url(), CLIENT))
                .isInstanceOfSatisfying(PasskeyConflictException.class,
                        e -> assertThat(e.conflict()).isEqualTo(PasskeyConflictException.Conflict.LAST_SIGN_IN_METHOD));
        assertThat(passkeys.count(ada.id())).as("rolled back").isEqualTo(1);

        var second = add(ada, session, "Second");
        manage.remove(ada.id(), session, first.base64Url(), CLIENT);
        assertThat(manage.list(ada.id())).extracting(p -> p.id()).containsExactly(second);
        assertThat(activity.of(ActivityKind.PASSKEY_REMOVED)).hasSize(1);
        assertThat(activity.of(ActivityKind.PASSKEY_RENAMED)).hasSize(1);
        assertThat(mailer.queued(AccountMail.PasskeyNotice.class)).extracting(AccountMail.PasskeyNotice::topic)
                .contains(PasskeyTopic.PASSKEY_REMOVED);
        assertThatThrownBy(() -> manage.remove(ada.id(), session(ada, false), second.base64Url(), CLIENT))
                .isInstanceOf(ReauthenticationRequiredException.class);
    }

    @Test
    void confirmingWithAPasskeyTakesOnlyOnesOwnAndMarksTheSession() {
        var ada = account(new PasswordHash("$argon2id$x"));
        var bob = account(new PasswordHash("$argon2id$x"));
        assertThatThrownBy(() -> confirm.options(ada.id(), session(ada, false)))
                .isInstanceOf(PasskeyConflictException.class);
        var adas = add(ada, session(ada, true), null);
        var bobs = add(bob, session(bob, true), null);
        var session = session(ada, false);

        var options = confirm.options(ada.id(), session);
        assertThatThrownBy(() -> confirm.confirm(ada.id(), session, options.ceremonyId(),
                FakeRelyingParty.answer(options.publicKeyJson(), bobs, 1, true, null), CLIENT))
                .isInstanceOf(PasskeyFailedException.class);
        assertThat(confirmations.confirmedUntil(session)).isEmpty();

        var fresh = confirm.options(ada.id(), session);
        var until = confirm.confirm(ada.id(), session, fresh.ceremonyId(),
                FakeRelyingParty.answer(fresh.publicKeyJson(), adas, 1, true, null), CLIENT);
        assertThat(until).isEqualTo(NOW.plus(TwoStepSettings.defaults().confirmationWindow()));
        assertThat(confirmations.confirmedUntil(session)).isPresent();
        assertThat(activity.of(ActivityKind.IDENTITY_CONFIRMED)).hasSize(1);
        assertThat(passkeys.find(adas).orElseThrow().signatureCount()).isEqualTo(1);
    }
}
