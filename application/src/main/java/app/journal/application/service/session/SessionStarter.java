package app.journal.application.service.session;

import app.journal.application.service.AccountEvents;
import app.journal.application.port.in.session.SignInResult.SignedIn;
import app.journal.application.port.in.session.SignInResult.TrustMark;
import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountMailer;
import app.journal.application.port.out.AuthEvents;
import app.journal.application.port.out.DeviceNames;
import app.journal.application.port.out.SecurityActivity;
import app.journal.application.port.out.SecurityActivity.SignInHistory;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.port.out.UserSessions;
import app.journal.domain.activity.AccountActivity;
import app.journal.domain.session.RefreshId;
import app.journal.domain.session.SessionId;
import app.journal.domain.session.SessionPersistence;
import app.journal.domain.session.UserSession;
import app.journal.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import app.journal.application.service.AccountSettings;
import app.journal.application.service.ActivitySettings;

/**
 * The one way a session begins, whatever proved the person (password alone, password and a second step,
 * and later a passkey): the session row, its "signed in" activity and, from a device the account has not
 * used before (but not at its very first sign-in), the new-device notice, in one unit of work together with
 * whatever else the sign-in must commit with it ({@code alsoInTheSameUnit}: a hash upgrade, the spent second
 * step, a trust mark), and what every sign-in changes on its account ({@link SignInAccountUpdates}: the last
 * sign-in, the administrators' bootstrap).
 *
 * @see "docs/decisions/0004-units-of-work.md"
 */
public final class SessionStarter {

    private final UserSessions sessions;
    private final SecurityActivity activity;
    private final DeviceNames devices;
    private final AccountMailer mailer;
    private final UnitOfWork unitOfWork;
    private final AccountSettings settings;
    private final ActivitySettings activitySettings;
    private final AuthEvents events;
    private final Clock clock;
    private final SignInAccountUpdates accountUpdates;

    public SessionStarter(UserSessions sessions, SecurityActivity activity, DeviceNames devices, AccountMailer mailer,
            UnitOfWork unitOfWork, AccountSettings settings, ActivitySettings activitySettings, AuthEvents events,
            Clock clock) {
        this(sessions, activity, devices, mailer, unitOfWork, settings, activitySettings, events, clock,
                SignInAccountUpdates.none());
    }

    public SessionStarter(UserSessions sessions, SecurityActivity activity, DeviceNames devices, AccountMailer mailer,
            UnitOfWork unitOfWork, AccountSettings settings, ActivitySettings activitySettings, AuthEvents events,
            Clock clock, SignInAccountUpdates accountUpdates) {
        this.accountUpdates = Objects.requireNonNull(accountUpdates, "accountUpdates");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.activity = Objects.requireNonNull(activity, "activity");
        this.devices = Objects.requireNonNull(devices, "devices");
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.activitySettings = Objects.requireNonNull(activitySettings, "activitySettings");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Something a sign-in commits with its session; it may refuse by returning false, and then nothing commits. */
    @FunctionalInterface
    interface AlsoInTheSameUnit {
        boolean run(Instant now, UserSession session);
    }

    /**
     * @param amr how the person proved it (RFC 8176 values)
     * @return the sign-in, or null when {@code also} refused (nothing was committed)
     */
    @Nullable SignedIn start(User user, SessionPersistence persistence, @Nullable String userAgent,
            @Nullable String clientIp, List<String> amr, @Nullable TrustMark trust, AlsoInTheSameUnit also) {
        var agent = AccountEvents.truncate(userAgent, 512);
        var address = AccountEvents.truncate(clientIp, 64);
        var now = clock.instant();
        var session = UserSession.start(SessionId.random(), user.id(), RefreshId.random(), now,
                settings.sessionPolicy(), persistence, agent, address);
        var device = devices.describe(agent);
        var signedIn = new User[] {user};
        boolean started = unitOfWork.inTransaction(() -> {
            if (!also.run(now, session)) {
                return false;
            }
            signedIn[0] = accountUpdates.apply(user, now, agent, address);
            var history = activity.signInHistory(user.id(), device);
            sessions.add(session);
            activity.record(AccountActivity.signedIn(user.id(), now, device, address, session.id(),
                    history != SignInHistory.KNOWN_DEVICE));
            if (history == SignInHistory.NEW_DEVICE && activitySettings.notices().newDevice()) {
                mailer.queue(new AccountMail.NewDeviceSignIn(user.id(), user.email(), now, device, address,
                        session.id()));
            }
            return true;
        });
        if (!started) {
            return null;
        }
        events.loginSucceeded();
        return new SignedIn(signedIn[0], session, persistence, amr, trust);
    }
}
