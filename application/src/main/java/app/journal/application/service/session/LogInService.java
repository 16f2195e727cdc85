package app.journal.application.service.session;

import app.journal.application.port.in.session.LogIn;
import app.journal.application.port.in.RateLimitedException;
import app.journal.application.port.in.session.SignInResult;
import app.journal.application.port.in.session.SignInResult.Refusal;
import app.journal.application.port.in.session.SignInResult.Refused;
import app.journal.application.port.out.AuthEvents;
import app.journal.application.port.out.AuthEvents.LoginFailure;
import app.journal.application.port.out.DeviceNames;
import app.journal.application.port.out.PasswordHasher;
import app.journal.application.port.out.RateLimiter;
import app.journal.application.port.out.SecurityActivity;
import app.journal.application.port.out.Users;
import app.journal.domain.InvalidValueException;
import app.journal.domain.mfa.AuthMethod;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.PasswordHash;
import app.journal.domain.user.User;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import app.journal.application.service.AccountSettings;
import app.journal.application.service.ActivitySettings;
import app.journal.application.service.Throttle;
import app.journal.application.service.AccountEvents;

/**
 * Password login. Every failure looks the same to the caller and costs one Argon2 verification,
 * including an unknown address (verified against a dummy hash), so neither the answer nor its
 * timing tells whether an account exists. Eligibility (verified, not disabled) is checked after the
 * password, for the same reason. The attempt is admitted ({@link PasswordHasher#admit}) before
 * anything else, so shedding overload costs no database work.
 *
 * <p>A refused attempt for an existing account is counted in its security activity (one row per
 * window). A right password for an account with two-step verification opens a second step
 * ({@link SecondSteps}) and starts no session; otherwise {@link SessionStarter} starts one. The password
 * hash (and its upgrade) is computed before any unit of work, so no transaction waits on Argon2.
 *
 * @see "docs/decisions/0004-units-of-work.md"
 */
public final class LogInService implements LogIn {

    static final List<String> PASSWORD = AuthMethod.amrClaim(List.of(AuthMethod.PWD));

    private final Users users;
    private final PasswordHasher hasher;
    private final AuthEvents events;
    private final Throttle throttle;
    private final AccountSettings settings;
    private final Clock clock;
    private final SecurityActivity activity;
    private final DeviceNames devices;
    private final ActivitySettings activitySettings;
    private final SessionStarter starter;
    private final SecondSteps secondSteps;

    public LogInService(Users users, PasswordHasher hasher, AuthEvents events, RateLimiter limiter,
            AccountSettings settings, Clock clock, SecurityActivity activity, DeviceNames devices,
            ActivitySettings activitySettings, SessionStarter starter, SecondSteps secondSteps) {
        this.users = users;
        this.hasher = hasher;
        this.events = events;
        this.throttle = new Throttle(limiter);
        this.settings = settings;
        this.clock = clock;
        this.activity = activity;
        this.devices = devices;
        this.activitySettings = activitySettings;
        this.starter = starter;
        this.secondSteps = secondSteps;
    }

    @Override
    public SignInResult logIn(LogInCommand command) {
        // First of all: under overload a refused attempt costs no rate-limit upsert and no user lookup,
        // and known and unknown addresses are refused alike (docs/decisions/0010-login-cost-and-footprint.md).
        try (var admitted = hasher.admit()) {
            return admitted(command);
        }
    }

    private SignInResult admitted(LogInCommand command) {
        var limits = settings.rateLimits();
        var email = parse(command.email());
        try {
            throttle.check("login:client:" + command.clientKey(), limits.loginPerClient());
            email.ifPresent(address -> throttle.check("login:account:" + address.value(), limits.loginPerAccount()));
        } catch (RateLimitedException limited) {
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
            return failed(user == null ? LoginFailure.UNKNOWN_EMAIL : LoginFailure.NO_PASSWORD);
        }
        var userAgent = AccountEvents.truncate(command.userAgent(), 512);
        var clientIp = AccountEvents.truncate(command.clientIp(), 64);
        if (!hasher.verify(password, user.passwordHash())) {
            return refused(user, LoginFailure.BAD_PASSWORD, userAgent, clientIp);
        }
        switch (user.loginEligibility(settings.requireEmailVerify())) {
            case ELIGIBLE -> { }
            case DISABLED -> { return refused(user, LoginFailure.DISABLED, userAgent, clientIp); }
            case UNVERIFIED -> { return refused(user, LoginFailure.UNVERIFIED, userAgent, clientIp); }
            case NO_PASSWORD -> { return failed(LoginFailure.NO_PASSWORD); }
        }
        // Hashing happens here, before the unit of work: a transaction never waits on Argon2.
        var upgraded = hasher.needsRehash(user.passwordHash()) ? hasher.hash(password) : null;
        var now = clock.instant();
        var signedIn = upgraded == null ? user : withHash(user, upgraded, now);
        if (secondSteps.required(user, command.trustToken(), now)) {
            if (upgraded != null) {
                users.changePasswordHash(user.id(), upgraded, now);
            }
            return secondSteps.open(signedIn, command.persistence(), userAgent, clientIp);
        }
        var started = starter.start(signedIn, command.persistence(), userAgent, clientIp, PASSWORD, null,
                (at, session) -> {
                    if (upgraded != null) {
                        users.changePasswordHash(user.id(), upgraded, at);
                    }
                    return true;
                });
        return java.util.Objects.requireNonNull(started, "a password sign-in commits unconditionally");
    }

    private static User withHash(User user, PasswordHash hash, Instant now) {
        return new User(user.id(), user.email(), hash, user.emailVerifiedAt(), user.roles(), user.disabledAt(),
                user.createdAt(), now);
    }

    private Refused failed(LoginFailure reason) {
        events.loginFailed(reason);
        return new Refused(Refusal.CREDENTIALS);
    }

    /** A "no" for an existing account: counted in its activity (one row per window, one statement). */
    private Refused refused(User user, LoginFailure reason, String userAgent, String clientIp) {
        var now = clock.instant();
        long windowMillis = activitySettings.refusedSignInWindow().toMillis();
        long nowMillis = now.toEpochMilli();
        var windowStart = Instant.ofEpochMilli(nowMillis - Math.floorMod(nowMillis, windowMillis));
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
}
