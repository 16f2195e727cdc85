package app.journal.application.service.account;

import app.journal.application.service.AccountEvents;
import static app.journal.application.service.AccountFixtures.GOOD_PASSWORD;
import static app.journal.application.service.AccountFixtures.NOW;
import static app.journal.application.service.AccountFixtures.settings;
import static app.journal.domain.session.SessionPersistence.PERSISTENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.application.port.in.ClientInfo;
import app.journal.application.port.in.session.LogIn.LogInCommand;
import app.journal.application.port.in.session.LogIn.LoginFailedException;
import app.journal.application.port.in.session.RefreshSession.Outcome;
import app.journal.application.port.in.session.RefreshSession.Reason;
import app.journal.application.port.in.session.RefreshSession.RefreshSessionCommand;
import app.journal.application.port.in.session.RevokeSession.SessionNotFoundException;
import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.PasswordHasher;
import app.journal.application.service.ActivitySettings.Notices;
import app.journal.application.testing.FakeDeviceNames;
import app.journal.application.testing.InMemoryAccountTokens;
import app.journal.application.testing.FakePasswordHasher;
import app.journal.application.testing.FakeRateLimiter;
import app.journal.application.testing.InMemorySecurityActivity;
import app.journal.application.testing.InMemoryUserSessions;
import app.journal.application.testing.InMemoryUsers;
import app.journal.application.testing.InlineUnitOfWork;
import app.journal.application.testing.OutsideTransactionHasher;
import app.journal.application.testing.RecordingAccountMailer;
import app.journal.application.testing.RecordingAuthEvents;
import app.journal.application.testing.TestClock;
import app.journal.domain.activity.ActivityKind;
import app.journal.domain.session.SessionId;
import app.journal.domain.session.UserSession;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.Role;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import app.journal.application.service.session.LogInService;
import app.journal.application.service.session.RefreshSessionService;
import app.journal.application.service.session.RevokeOtherSessionsService;
import app.journal.application.service.session.RevokeSessionService;
import app.journal.application.service.SignInFixtures;
import app.journal.application.service.ActivitySettings;
import app.journal.application.service.PendingGrants;

/**
 * The account notices and activity rows, decided by the use cases: which mail is queued when, in the
 * unit of work of the change, and each kind switched off by its setting.
 */
class AccountNoticesServiceTest {

    private static final EmailAddress ADA = new EmailAddress("ada@example.org");

    private final TestClock clock = new TestClock(NOW);
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryUserSessions sessions = new InMemoryUserSessions(users);
    private final FakePasswordHasher fakeHasher = new FakePasswordHasher();
    private final RecordingAuthEvents events = new RecordingAuthEvents();
    private final FakeRateLimiter limiter = new FakeRateLimiter(clock);
    private final InMemorySecurityActivity activity = new InMemorySecurityActivity();
    private final FakeDeviceNames devices = new FakeDeviceNames();
    private final RecordingAccountMailer mailer = new RecordingAccountMailer();
    private final InlineUnitOfWork unitOfWork = new InlineUnitOfWork();
    private final AccountEvents accountEvents = new AccountEvents(activity, mailer, devices, unitOfWork, events);
    private final User ada = account();

    /** Fails the test if a hash is computed inside a unit of work (it would hold a connection). */
    private final PasswordHasher hasher = new OutsideTransactionHasher(fakeHasher, unitOfWork);

    private User account() {
        var user = new User(UserId.random(), ADA, fakeHasher.hashOf(GOOD_PASSWORD), NOW.minus(Duration.ofDays(1)),
                Set.of(Role.USER), null, NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofDays(1)));
        users.addIfEmailFree(user);
        return user;
    }

    private LogInService logIn(Notices notices) {
        return SignInFixtures.logInService(users, sessions, hasher, events, limiter, settings(), clock, activity, devices,
                mailer, unitOfWork, new ActivitySettings(Duration.ofDays(90), Duration.ofHours(1), notices));
    }

    private UserSession signIn(LogInService service, String userAgent) {
        clock.advance(Duration.ofSeconds(1));
        return SignInFixtures.signedIn(service.logIn(new LogInCommand(ADA.value(), GOOD_PASSWORD, "c", userAgent,
                "203.0.113.7", PERSISTENT))).session();
    }

    @Test
    void a_new_device_is_mailed_but_not_the_first_sign_in_nor_a_known_device() {
        var service = logIn(Notices.ALL);
        signIn(service, "Firefox on Windows");
        signIn(service, "Firefox on Windows");
        assertThat(mailer.queued()).as("first sign-in and a known device").isEmpty();

        var phone = signIn(service, "Safari on iPhone");

        assertThat(mailer.queued()).containsExactly(new AccountMail.NewDeviceSignIn(ada.id(), ADA, clock.instant(),
                "Safari on iPhone", "203.0.113.7", phone.id()));
        assertThat(activity.of(ActivityKind.SIGNED_IN)).extracting(row -> row.newDevice())
                .containsExactly(true, false, true);
        assertThat(unitOfWork.opened()).isEqualTo(3);
    }

    @Test
    void the_new_device_notice_can_be_switched_off() {
        var service = logIn(new Notices(false, true, true));
        signIn(service, "Firefox on Windows");
        signIn(service, "Safari on iPhone");

        assertThat(mailer.queued()).isEmpty();
        assertThat(activity.of(ActivityKind.SIGNED_IN)).hasSize(2);
    }

    @Test
    void refused_sign_ins_of_an_account_are_one_counted_row_per_window_and_unknown_addresses_none() {
        var service = logIn(Notices.ALL);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> SignInFixtures.signedIn(service.logIn(new LogInCommand(ADA.value(), "wrong password", "c", "Bot", null,
                    PERSISTENT)))).isInstanceOf(LoginFailedException.class);
        }
        assertThatThrownBy(() -> SignInFixtures.signedIn(service.logIn(new LogInCommand("nobody@example.org", "x", "c", "Bot", null,
                PERSISTENT)))).isInstanceOf(LoginFailedException.class);
        clock.advance(Duration.ofHours(1));
        assertThatThrownBy(() -> SignInFixtures.signedIn(service.logIn(new LogInCommand(ADA.value(), "wrong password", "c", "Bot", null,
                PERSISTENT)))).isInstanceOf(LoginFailedException.class);

        assertThat(activity.of(ActivityKind.SIGN_IN_REFUSED)).extracting(row -> row.count()).containsExactly(3, 1);
        assertThat(activity.all()).allMatch(row -> row.userId().equals(ada.id()));
    }

    private RefreshSessionService refresh(Notices notices) {
        return new RefreshSessionService(sessions, events, settings(), clock, accountEvents, unitOfWork, new ActivitySettings(Duration.ofDays(90), Duration.ofHours(1), notices),
                app.journal.domain.session.RefreshChain.keyedBy(new byte[32]));
    }

    @Test
    void a_replayed_refresh_token_revokes_records_and_mails_in_one_unit_of_work() {
        var session = signIn(logIn(Notices.ALL), "Safari on iPhone");
        var service = refresh(Notices.ALL);
        var rotated = (Outcome.Refreshed) service.refresh(new RefreshSessionCommand(session.id(), session.refreshId()));
        int before = unitOfWork.opened();
        assertThat(before).as("rotation opens no unit of work").isEqualTo(1);
        clock.advance(Duration.ofMinutes(5));

        var replay = service.refresh(new RefreshSessionCommand(session.id(), session.refreshId()));

        assertThat(replay).isEqualTo(new Outcome.Rejected(Reason.REUSE_DETECTED));
        assertThat(unitOfWork.opened()).isEqualTo(before + 1);
        assertThat(sessions.find(session.id()).orElseThrow().isRevoked()).isTrue();
        assertThat(activity.of(ActivityKind.REFRESH_TOKEN_REPLAYED)).singleElement()
                .satisfies(row -> assertThat(row.sessionId()).isEqualTo(session.id()));
        assertThat(mailer.queued(AccountMail.RefreshTokenReplayed.class)).containsExactly(
                new AccountMail.RefreshTokenReplayed(ada.id(), ADA, clock.instant(), "Safari on iPhone",
                        "203.0.113.7", session.id()));
        assertThat(rotated.session().id()).isEqualTo(session.id());
    }

    @Test
    void the_replay_notice_can_be_switched_off_but_the_row_is_still_written() {
        var session = signIn(logIn(Notices.ALL), "Safari on iPhone");
        var service = refresh(new Notices(true, false, true));
        service.refresh(new RefreshSessionCommand(session.id(), session.refreshId()));
        clock.advance(Duration.ofMinutes(5));
        service.refresh(new RefreshSessionCommand(session.id(), session.refreshId()));

        assertThat(mailer.queued(AccountMail.RefreshTokenReplayed.class)).isEmpty();
        assertThat(activity.of(ActivityKind.REFRESH_TOKEN_REPLAYED)).hasSize(1);
    }

    @Test
    void a_refresh_of_a_session_revoked_from_another_device_says_so() {
        var login = logIn(Notices.ALL);
        var laptop = signIn(login, "Firefox on Windows");
        var phone = signIn(login, "Safari on iPhone");
        new RevokeSessionService(sessions, accountEvents, clock, unitOfWork)
                .revoke(ada.id(), phone.id(), new ClientInfo("Firefox on Windows", "198.51.100.2"));

        assertThat(refresh(Notices.ALL).refresh(new RefreshSessionCommand(phone.id(), phone.refreshId())))
                .isEqualTo(new Outcome.Rejected(Reason.REVOKED_ELSEWHERE));
        assertThat(activity.of(ActivityKind.SESSION_REVOKED)).singleElement().satisfies(row -> {
            assertThat(row.sessionId()).isEqualTo(phone.id());
            assertThat(row.device()).isEqualTo("Firefox on Windows");
            assertThat(row.clientIp()).isEqualTo("198.51.100.2");
        });
        assertThat(laptop.id()).isNotEqualTo(phone.id());
    }

    private RevokeOtherSessionsService others(Notices notices) {
        return new RevokeOtherSessionsService(users, sessions,
                new PendingGrants(new InMemoryAccountTokens(), mailer,
                        new app.journal.application.testing.InMemoryPendingSecondSteps(),
                        new app.journal.application.testing.InMemoryTrustedBrowsers()), accountEvents, unitOfWork,
                settings(), new ActivitySettings(Duration.ofDays(90), Duration.ofHours(1), notices), clock);
    }

    @Test
    void signing_out_all_others_keeps_this_one_records_it_and_mails_once() {
        var login = logIn(new Notices(false, true, true));
        var laptop = signIn(login, "Firefox on Windows");
        signIn(login, "Safari on iPhone");
        signIn(login, "Chrome on Linux");

        int revoked = others(Notices.ALL).revokeOthers(ada.id(), laptop.id(), new ClientInfo("Firefox on Windows", "ip"));

        assertThat(revoked).isEqualTo(2);
        assertThat(sessions.unrevokedOf(ada.id(), clock.instant())).extracting(UserSession::id)
                .containsExactly(laptop.id());
        assertThat(activity.of(ActivityKind.OTHER_SESSIONS_REVOKED)).singleElement()
                .satisfies(row -> assertThat(row.sessionId()).isEqualTo(laptop.id()));
        assertThat(mailer.queued()).containsExactly(new AccountMail.OtherDevicesSignedOut(ada.id(), ADA,
                clock.instant(), "Firefox on Windows", "ip", 2));

        mailer.clear();
        assertThat(others(Notices.ALL).revokeOthers(ada.id(), laptop.id(), ClientInfo.UNKNOWN)).isZero();
        assertThat(mailer.queued()).as("nothing to sign out, nothing to say").isEmpty();
    }

    @Test
    void signing_out_others_can_be_kept_quiet_and_needs_a_live_session_of_ones_own() {
        var laptop = signIn(logIn(new Notices(false, true, true)), "Firefox on Windows");
        signIn(logIn(new Notices(false, true, true)), "Safari on iPhone");

        assertThat(others(new Notices(true, true, false)).revokeOthers(ada.id(), laptop.id(), ClientInfo.UNKNOWN))
                .isEqualTo(1);
        assertThat(mailer.queued()).isEmpty();
        assertThatThrownBy(() -> others(Notices.ALL).revokeOthers(UserId.random(), laptop.id(), ClientInfo.UNKNOWN))
                .isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> others(Notices.ALL).revokeOthers(ada.id(), SessionId.random(), ClientInfo.UNKNOWN))
                .isInstanceOf(SessionNotFoundException.class);
    }
}
