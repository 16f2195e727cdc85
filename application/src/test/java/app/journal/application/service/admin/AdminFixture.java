package app.journal.application.service.admin;

import static app.journal.application.service.AccountFixtures.NOW;
import static app.journal.application.service.AccountFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;

import app.journal.application.port.in.ClientInfo;
import app.journal.application.port.in.admin.AdminCaller;
import app.journal.application.service.AccountEvents;
import app.journal.application.service.AccountSettings.Rule;
import app.journal.application.service.PendingGrants;
import app.journal.application.service.account.DeleteAccountService;
import app.journal.application.service.mfa.Confirmations;
import app.journal.application.service.mfa.FactorChecks;
import app.journal.application.service.mfa.Reauthentication;
import app.journal.application.service.mfa.TwoStepSettings;
import app.journal.application.testing.FakeCodeDigests;
import app.journal.application.testing.FakeDeviceNames;
import app.journal.application.testing.FakePasswordHasher;
import app.journal.application.testing.FakeRateLimiter;
import app.journal.application.testing.InMemoryAccountTokens;
import app.journal.application.testing.InMemoryAdminAudit;
import app.journal.application.testing.InMemoryAdminDirectory;
import app.journal.application.testing.InMemoryPasskeys;
import app.journal.application.testing.InMemoryPendingSecondSteps;
import app.journal.application.testing.InMemorySecretSealer;
import app.journal.application.testing.InMemorySecurityActivity;
import app.journal.application.testing.InMemorySessionConfirmations;
import app.journal.application.testing.InMemoryTrustedBrowsers;
import app.journal.application.testing.InMemoryTwoStepFactors;
import app.journal.application.testing.InMemoryUserSessions;
import app.journal.application.testing.InMemoryUsers;
import app.journal.application.testing.RecordingAccountMailer;
import app.journal.application.testing.RecordingAdminEvents;
import app.journal.application.testing.RecordingAuthEvents;
import app.journal.application.testing.RollbackUnitOfWork;
import app.journal.application.testing.TestClock;
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
import java.util.UUID;

/**
 * The administrators' services on the in-memory stores, with a unit of work that rolls them all back when the work
 * throws (so "nothing changed" is a real outcome, not the fakes' default), and a per-administrator limit of
 * {@link #ACTIONS_PER_WINDOW} actions in 15 minutes.
 */
final class AdminFixture {

    static final ClientInfo CLIENT = new ClientInfo("Firefox on Linux", "198.51.100.7");
    static final int ACTIONS_PER_WINDOW = 12;
    static final Duration WINDOW = Duration.ofMinutes(15);

    final TestClock clock = new TestClock(NOW);
    final InMemoryUsers users = new InMemoryUsers();
    final InMemoryUserSessions sessions = new InMemoryUserSessions(users);
    final InMemorySessionConfirmations marks = new InMemorySessionConfirmations(sessions);
    final InMemoryTwoStepFactors twoStep = new InMemoryTwoStepFactors();
    final InMemoryPasskeys passkeys = new InMemoryPasskeys();
    final InMemoryAccountTokens tokens = new InMemoryAccountTokens();
    final InMemoryPendingSecondSteps secondSteps = new InMemoryPendingSecondSteps();
    final InMemoryTrustedBrowsers browsers = new InMemoryTrustedBrowsers();
    final InMemorySecurityActivity activity = new InMemorySecurityActivity();
    final RecordingAccountMailer mailer = new RecordingAccountMailer();
    final RecordingAuthEvents metrics = new RecordingAuthEvents();
    final InMemoryAdminAudit audit = new InMemoryAdminAudit();
    final RecordingAdminEvents adminEvents = new RecordingAdminEvents();
    final FakeRateLimiter limiter = new FakeRateLimiter(clock);
    final RollbackUnitOfWork unitOfWork = new RollbackUnitOfWork(users, sessions, marks, twoStep, passkeys, tokens,
            secondSteps, browsers, activity, mailer, audit);
    final AccountEvents accountEvents = new AccountEvents(activity, mailer, new FakeDeviceNames(), unitOfWork, metrics);
    final FactorChecks factorChecks = new FactorChecks(twoStep, new InMemorySecretSealer(), new FakeCodeDigests());
    final Confirmations confirmations = new Confirmations(marks, factorChecks, users,
            new Reauthentication(users, new FakePasswordHasher(), limiter, settings()), TwoStepSettings.defaults(),
            passkeys, clock);
    final InMemoryAdminDirectory directory = new InMemoryAdminDirectory(users, sessions, twoStep, passkeys);
    final AdminSettings adminSettings = new AdminSettings(true, new Rule(ACTIONS_PER_WINDOW, WINDOW));
    final AdminActionService actions = new AdminActionService(users, sessions, twoStep, passkeys,
            new PendingGrants(tokens, mailer, secondSteps, browsers), accountEvents, audit, directory, adminEvents,
            new DeleteAccountService(users, sessions, confirmations, accountEvents, unitOfWork, clock), confirmations,
            limiter, adminSettings, unitOfWork, clock);

    User account(String name, Role... roles) {
        var all = new java.util.HashSet<>(Set.of(roles));
        all.add(Role.USER);
        var user = new User(UserId.random(), new EmailAddress(name + "-" + UUID.randomUUID() + "@example.org"),
                new PasswordHash("$argon2id$x"), NOW, all, null, NOW, NOW);
        assertThat(users.addIfEmailFree(user)).isTrue();
        return users.findById(user.id()).orElseThrow();
    }

    User unverified(String name) {
        var user = new User(UserId.random(), new EmailAddress(name + "-" + UUID.randomUUID() + "@example.org"),
                new PasswordHash("$argon2id$x"), null, Set.of(Role.USER), null, NOW, NOW);
        assertThat(users.addIfEmailFree(user)).isTrue();
        return user;
    }

    SessionId session(User user, boolean confirmed) {
        var session = UserSession.start(SessionId.random(), user.id(), RefreshId.random(), clock.instant(),
                settings().sessionPolicy(), SessionPersistence.PERSISTENT, "JUnit", "198.51.100.9");
        sessions.add(session);
        if (confirmed) {
            assertThat(marks.confirm(session.id(), user.id(), clock.instant())).isTrue();
        }
        return session.id();
    }

    /** An administrator with a confirmed session, as {@code AdminAccess#check} hands it over. */
    AdminCaller administrator(String name) {
        var admin = account(name, Role.ADMIN);
        return new AdminCaller(admin.id(), admin.email(), session(admin, true), CLIENT);
    }

    User reload(User user) {
        return users.findById(user.id()).orElseThrow();
    }
}
