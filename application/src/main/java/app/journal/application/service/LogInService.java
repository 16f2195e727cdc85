package app.journal.application.service;

import app.journal.application.port.in.LogIn;
import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountMailer;
import app.journal.application.port.out.AuthEvents;
import app.journal.application.port.out.AuthEvents.LoginFailure;
import app.journal.application.port.out.PasswordHasher;
import app.journal.application.port.out.RateLimiter;
import app.journal.application.port.out.SecurityActivity;
import app.journal.application.port.out.SecurityActivity.SignInHistory;
import app.journal.application.port.out.DeviceNames;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.port.out.UserSessions;
import app.journal.application.port.out.Users;
import app.journal.domain.InvalidValueException;
import app.journal.domain.activity.AccountActivity;
import app.journal.domain.session.RefreshId;
import app.journal.domain.session.SessionId;
import app.journal.domain.session.UserSession;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.User;
import java.text.Normalizer;
import java.time.Clock;
import java.util.Optional;

/**
 * Password login. Every failure looks the same to the caller and costs one Argon2 verification,
 * including an unknown address (verified against a dummy hash), so neither the answer nor its
 * timing tells whether an account exists. Eligibility (verified, not disabled) is checked after the
 * password, for the same reason. The attempt is admitted ({@link PasswordHasher#admit}) before
 * anything else, so shedding overload costs no database work.
 *
 * <p>A refused attempt for an existing account is counted in its security activity (one row per
 * window). A sign-in writes the session, its activity row and, from a device the account has not
 * used before (but not at its very first sign-in), the new-device notice in one unit of work; the
 * password hash (and its upgrade) is computed before it, so no transaction waits on Argon2.
 *
 * @see "docs/decisions/0004-units-of-work.md"
 */
public final class LogInService implements LogIn {

    private final Users users;
    private final UserSessions sessions;
    private final PasswordHasher hasher;
    private final AuthEvents events;
    private final Throttle throttle;
    private final AccountSettings settings;
    private final Clock clock;
    private final SecurityActivity activity;
    private final DeviceNames devices;
    private final AccountMailer mailer;
    private final UnitOfWork unitOfWork;
    private final ActivitySettings activitySettings;

    public LogInService(Users users, UserSessions sessions, PasswordHasher hasher, AuthEvents events,
            RateLimiter limiter, AccountSettings settings, Clock clock, SecurityActivity activity,
            DeviceNames devices, AccountMailer mailer, UnitOfWork unitOfWork, ActivitySettings activitySettings) {
        this.users = users;
        this.sessions = sessions;
        this.hasher = hasher;
        this.events = events;
        this.throttle = new Throttle(limiter);
        this.settings = settings;
        this.clock = clock;
        this.activity = activity;
        this.devices = devices;
        this.mailer = mailer;
        this.unitOfWork = unitOfWork;
        this.activitySettings = activitySettings;
    }

    @Override
    public LoggedIn logIn(LogInCommand command) {
        // First of all: under overload a refused attempt costs no rate-limit upsert and no user lookup,
        // and known and unknown addresses are refused alike (docs/decisions/0010-login-cost-and-footprint.md).
        try (var admitted = hasher.admit()) {
            return admitted(command);
        }
    }

    private LoggedIn admitted(LogInCommand command) {
        var limits = settings.rateLimits();
        var email = parse(command.email());
        try {
            throttle.check("login:client:" + command.clientKey(), limits.loginPerClient());
            email.ifPresent(address -> throttle.check("login:account:" + address.value(), limits.loginPerAccount()));
        } catch (app.journal.application.port.in.RateLimitedException limited) {
            events.loginFailed(LoginFailure.RATE_LIMITED);
            throw limited;
        }
        var password = command.password() == null ? "" : command.password();
        if (password.length() > 8 * settings.passwordRules().maxCodePoints()) {
            password = password.substring(0, 8 * settings.passwordRules().maxCodePoints()); // can never match
        }
        password = Normalizer.normalize(password, Normalizer.Form.NFC);

        var user = email.flatMap(users::findByEmail).orElse(null);
        if (user == null || user.passwordHash() == null) {
            hasher.verifyAgainstDummy(password);
            throw failed(user == null ? LoginFailure.UNKNOWN_EMAIL : LoginFailure.NO_PASSWORD);
        }
        var userAgent = truncate(command.userAgent(), 512);
        var clientIp = truncate(command.clientIp(), 64);
        if (!hasher.verify(password, user.passwordHash())) {
            throw refused(user, LoginFailure.BAD_PASSWORD, userAgent, clientIp);
        }
        switch (user.loginEligibility(settings.requireEmailVerify())) {
            case ELIGIBLE -> { }
            case DISABLED -> throw refused(user, LoginFailure.DISABLED, userAgent, clientIp);
            case UNVERIFIED -> throw refused(user, LoginFailure.UNVERIFIED, userAgent, clientIp);
            case NO_PASSWORD -> throw failed(LoginFailure.NO_PASSWORD);
        }
        // Hashing happens here, before the unit of work: a transaction never waits on Argon2.
        var upgraded = hasher.needsRehash(user.passwordHash()) ? hasher.hash(password) : null;
        var now = clock.instant();
        var signedIn = upgraded == null ? user : withHash(user, upgraded, now);
        var session = UserSession.start(SessionId.random(), user.id(), RefreshId.random(), now,
                settings.sessionPolicy(), command.persistence(), userAgent, clientIp);
        var device = devices.describe(userAgent);
        unitOfWork.inTransaction(() -> {
            if (upgraded != null) {
                users.changePasswordHash(user.id(), upgraded, now);
            }
            var history = activity.signInHistory(user.id(), device);
            sessions.add(session);
            activity.record(AccountActivity.signedIn(user.id(), now, device, clientIp, session.id(),
                    history != SignInHistory.KNOWN_DEVICE));
            if (history == SignInHistory.NEW_DEVICE && activitySettings.notices().newDevice()) {
                mailer.queue(new AccountMail.NewDeviceSignIn(user.id(), user.email(), now, device, clientIp,
                        session.id()));
            }
        });
        events.loginSucceeded();
        return new LoggedIn(signedIn, session);
    }

    private static User withHash(User user, app.journal.domain.user.PasswordHash hash, java.time.Instant now) {
        return new User(user.id(), user.email(), hash, user.emailVerifiedAt(), user.roles(), user.disabledAt(),
                user.createdAt(), now);
    }

    private LoginFailedException failed(LoginFailure reason) {
        events.loginFailed(reason);
        return new LoginFailedException();
    }

    /** A "no" for an existing account: counted in its activity (one row per window, one statement). */
    private LoginFailedException refused(User user, LoginFailure reason, String userAgent, String clientIp) {
        var now = clock.instant();
        long windowMillis = activitySettings.refusedSignInWindow().toMillis();
        long nowMillis = now.toEpochMilli();
        var windowStart = java.time.Instant.ofEpochMilli(nowMillis - Math.floorMod(nowMillis, windowMillis));
        activity.countRefusedSignIn(user.id(), windowStart, now, devices.describe(userAgent), clientIp);
        return failed(reason);
    }

    private static Optional<EmailAddress> parse(String email) {
        try {
            return Optional.of(new EmailAddress(email));
        } catch (InvalidValueException malformed) {
            return Optional.empty();
        }
    }

    private static String truncate(String value, int max) {
        if (value == null) {
            return null;
        }
        return value.length() <= max ? value : value.substring(0, max);
    }
}
