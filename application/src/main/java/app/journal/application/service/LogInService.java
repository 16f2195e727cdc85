package app.journal.application.service;

import app.journal.application.port.in.LogIn;
import app.journal.application.port.out.AuthEvents;
import app.journal.application.port.out.AuthEvents.LoginFailure;
import app.journal.application.port.out.PasswordHasher;
import app.journal.application.port.out.RateLimiter;
import app.journal.application.port.out.UserSessions;
import app.journal.application.port.out.Users;
import app.journal.domain.InvalidValueException;
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
 * password, for the same reason.
 */
public final class LogInService implements LogIn {

    private final Users users;
    private final UserSessions sessions;
    private final PasswordHasher hasher;
    private final AuthEvents events;
    private final Throttle throttle;
    private final AccountSettings settings;
    private final Clock clock;

    public LogInService(Users users, UserSessions sessions, PasswordHasher hasher, AuthEvents events,
            RateLimiter limiter, AccountSettings settings, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.hasher = hasher;
        this.events = events;
        this.throttle = new Throttle(limiter);
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public LoggedIn logIn(LogInCommand command) {
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
        if (!hasher.verify(password, user.passwordHash())) {
            throw failed(LoginFailure.BAD_PASSWORD);
        }
        switch (user.loginEligibility(settings.requireEmailVerify())) {
            case ELIGIBLE -> { }
            case DISABLED -> throw failed(LoginFailure.DISABLED);
            case UNVERIFIED -> throw failed(LoginFailure.UNVERIFIED);
            case NO_PASSWORD -> throw failed(LoginFailure.NO_PASSWORD);
        }
        var now = clock.instant();
        if (hasher.needsRehash(user.passwordHash())) {
            user = upgradeHash(user, password, now);
        }
        var session = UserSession.start(SessionId.random(), user.id(), RefreshId.random(), now,
                settings.sessionPolicy(), command.persistence(), truncate(command.userAgent(), 512),
                truncate(command.clientIp(), 64));
        sessions.add(session);
        events.loginSucceeded();
        return new LoggedIn(user, session);
    }

    private User upgradeHash(User user, String password, java.time.Instant now) {
        var upgraded = hasher.hash(password);
        users.changePasswordHash(user.id(), upgraded, now);
        return new User(user.id(), user.email(), upgraded, user.emailVerifiedAt(), user.roles(), user.disabledAt(),
                user.createdAt(), now);
    }

    private LoginFailedException failed(LoginFailure reason) {
        events.loginFailed(reason);
        return new LoginFailedException();
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
