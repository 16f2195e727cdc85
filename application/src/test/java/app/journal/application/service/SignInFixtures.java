package app.journal.application.service;

import app.journal.application.port.in.session.LogIn.LogInCommand;
import app.journal.application.port.in.session.LogIn.LoginFailedException;
import app.journal.application.port.in.session.SignInResult;
import app.journal.application.port.in.session.SignInResult.SignedIn;
import app.journal.application.port.out.AccountMailer;
import app.journal.application.port.out.AuthEvents;
import app.journal.application.port.out.DeviceNames;
import app.journal.application.port.out.PasswordHasher;
import app.journal.application.port.out.RateLimiter;
import app.journal.application.port.out.SecurityActivity;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.port.out.UserSessions;
import app.journal.application.port.out.Users;
import app.journal.application.testing.InMemoryPendingSecondSteps;
import app.journal.application.testing.InMemoryTrustedBrowsers;
import app.journal.application.testing.InMemoryTwoStepFactors;
import java.time.Clock;
import app.journal.application.service.session.LogInService;
import app.journal.application.service.session.SecondSteps;
import app.journal.application.service.session.SessionStarter;
import app.journal.application.service.mfa.TwoStepSettings;

/** A password sign-in for the tests written before the sealed result: a refusal is thrown, as it used to be. */
public final class SignInFixtures {

    private SignInFixtures() {}

    /** The sign-in service with everything the sign-in needs, and no account with two-step verification. */
    public static LogInService logInService(Users users, UserSessions sessions, PasswordHasher hasher, AuthEvents events,
            RateLimiter limiter, AccountSettings settings, Clock clock, SecurityActivity activity, DeviceNames devices,
            AccountMailer mailer, UnitOfWork unitOfWork, ActivitySettings activitySettings) {
        var starter = new SessionStarter(sessions, activity, devices, mailer, unitOfWork, settings, activitySettings,
                events, clock);
        var secondSteps = new SecondSteps(new InMemoryTwoStepFactors(), new InMemoryPendingSecondSteps(),
                new InMemoryTrustedBrowsers(), TwoStepSettings.defaults(), events, clock);
        return new LogInService(users, hasher, events, limiter, settings, clock, activity, devices, activitySettings,
                starter, secondSteps);
    }

    /** The sign-in's session, or {@link LoginFailedException} for a refusal. */
    public static SignedIn signedIn(SignInResult result) {
        return switch (result) {
            case SignedIn signedIn -> signedIn;
            case SignInResult.Refused _ -> throw new LoginFailedException();
            case SignInResult.SecondStepRequired _ -> throw new AssertionError("unexpected second step");
        };
    }

    /** {@link LogInService} for tests that expect a thrown refusal. */
    public record Throwing(LogInService service) {
        public SignedIn logIn(LogInCommand command) {
            return signedIn(service.logIn(command));
        }
    }
}
