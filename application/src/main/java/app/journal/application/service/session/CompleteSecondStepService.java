package app.journal.application.service.session;

import app.journal.application.port.in.ClientInfo;
import app.journal.application.port.in.session.CompleteSecondStep;
import app.journal.application.port.in.session.SignInResult;
import app.journal.application.port.in.session.SignInResult.Refusal;
import app.journal.application.port.in.session.SignInResult.Refused;
import app.journal.application.port.in.session.SignInResult.TrustMark;
import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountMail.TwoStepTopic;
import app.journal.application.port.out.AuthEvents;
import app.journal.application.port.out.AuthEvents.SecondStepEvent;
import app.journal.application.port.out.PendingSecondSteps;
import app.journal.application.port.out.RateLimiter;
import app.journal.application.port.out.TrustedBrowsers;
import app.journal.application.port.out.TrustedBrowsers.TrustedBrowser;
import app.journal.application.port.out.Users;
import app.journal.application.service.AccountSettings.Rule;
import app.journal.application.service.mfa.FactorChecks.Check;
import app.journal.domain.activity.ActivityKind;
import app.journal.domain.mfa.AuthMethod;
import app.journal.domain.mfa.SecondStepState;
import app.journal.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import app.journal.application.service.AccountEvents;
import app.journal.application.service.mfa.FactorChecks;
import app.journal.application.service.LinkTokens;
import app.journal.application.service.Throttle;
import app.journal.application.service.mfa.TwoStepSettings;

/**
 * The second sign-in step. The pending sign-in is found by its token's hash; whether it still takes a code
 * is the domain's rule ({@link SecondStepState}: expired or out of attempts, it is spent and the sign-in
 * starts over); the account's code attempts are rate-limited; the code (or a recovery code) is checked and
 * spent once ({@link FactorChecks}); then the pending sign-in is spent (one DELETE: it works once) together
 * with the new session and, when asked, the browser's trust mark. A wrong code is counted on the pending
 * sign-in, which dies after a few, and never says more than "that code did not work". Wrong codes after a right password, again and again, warn the
 * owner (activity and mail, once per window): someone else knows the password.
 */
public final class CompleteSecondStepService implements CompleteSecondStep {

    /** RFC 8176: the password and the app's code; with a recovery code, "mfa" without "otp". */
    static final List<String> PASSWORD_AND_CODE = AuthMethod.amrClaim(List.of(AuthMethod.PWD, AuthMethod.OTP));
    static final List<String> PASSWORD_AND_RECOVERY_CODE =
            AuthMethod.amrClaim(List.of(AuthMethod.PWD, AuthMethod.RECOVERY_CODE));

    private final Users users;
    private final PendingSecondSteps pending;
    private final TrustedBrowsers trusted;
    private final FactorChecks checks;
    private final SessionStarter starter;
    private final AccountEvents accountEvents;
    private final Throttle throttle;
    private final TwoStepSettings settings;
    private final AuthEvents events;
    private final Clock clock;

    public CompleteSecondStepService(Users users, PendingSecondSteps pending, TrustedBrowsers trusted,
            FactorChecks checks, SessionStarter starter, AccountEvents accountEvents, RateLimiter limiter,
            TwoStepSettings settings, AuthEvents events, Clock clock) {
        this.users = Objects.requireNonNull(users, "users");
        this.pending = Objects.requireNonNull(pending, "pending");
        this.trusted = Objects.requireNonNull(trusted, "trusted");
        this.checks = Objects.requireNonNull(checks, "checks");
        this.starter = Objects.requireNonNull(starter, "starter");
        this.accountEvents = Objects.requireNonNull(accountEvents, "accountEvents");
        this.throttle = new Throttle(limiter);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public SignInResult complete(CompleteSecondStepCommand command) {
        var hash = LinkTokens.hashOf(command.token()).orElse(null);
        var now = clock.instant();
        var step = hash == null ? null : pending.find(hash, now).orElse(null);
        if (step == null) {
            return new Refused(Refusal.SECOND_STEP_EXPIRED);
        }
        switch (stateOf(step, step.failedAttempts(), now)) {
            case SecondStepState.Expired _, SecondStepState.Exhausted _ -> {
                pending.spend(hash, now);
                return new Refused(Refusal.SECOND_STEP_EXPIRED);
            }
            case SecondStepState.Open _ -> { }
        }
        throttle.check("second-step:account:" + step.userId().value(), settings.codesPerAccount());
        var user = users.findById(step.userId()).filter(u -> !u.isDisabled()).orElse(null);
        if (user == null) {
            return new Refused(Refusal.SECOND_STEP_EXPIRED);
        }
        var client = new ClientInfo(command.userAgent(), command.clientIp());
        return switch (checks.check(user.id(), command.code(), command.recoveryCode(), now)) {
            case Check.Failed _ -> {
                events.secondStep(SecondStepEvent.FAILED);
                int wrong = pending.countFailure(hash, now).orElse(settings.maxWrongCodes());
                if (!(stateOf(step, wrong, now) instanceof SecondStepState.Open)) {
                    pending.spend(hash, now);
                }
                warnIfRepeated(user, client, now);
                yield new Refused(Refusal.CODE);
            }
            case Check.Passed passed -> signIn(user, step, passed, command, client);
        };
    }

    /** The domain's rule for this pending sign-in with {@code failedAttempts} wrong codes. */
    private SecondStepState stateOf(PendingSecondSteps.PendingSecondStep step, int failedAttempts, Instant now) {
        return SecondStepState.of(step.expiresAt(), failedAttempts, now, settings.maxWrongCodes());
    }

    private SignInResult signIn(User user, PendingSecondSteps.PendingSecondStep step, Check.Passed passed,
            CompleteSecondStepCommand command, ClientInfo client) {
        var hash = step.hash();
        var trust = command.trustBrowser()
                ? new TrustMark(OpaqueTokens.mint(), clock.instant().plus(settings.trustTtl())) : null;
        var signedIn = starter.start(user, step.persistence(), command.userAgent(), command.clientIp(),
                passed.withRecoveryCode() ? PASSWORD_AND_RECOVERY_CODE : PASSWORD_AND_CODE, trust, (now, session) -> {
                    if (pending.spend(hash, now).isEmpty()) {
                        return false; // finished by another request in the meantime
                    }
                    if (trust != null) {
                        trusted.add(new TrustedBrowser(UUID.randomUUID(), user.id(), LinkTokens.hash(trust.token()),
                                accountEvents.device(client), now, trust.expiresAt()));
                    }
                    if (passed.withRecoveryCode()) {
                        accountEvents.happened(user.id(), ActivityKind.RECOVERY_CODE_USED, now, client, session.id(),
                                new AccountMail.TwoStepNotice(user.id(), user.email(), TwoStepTopic.RECOVERY_CODE_USED,
                                        now, accountEvents.device(client), client.clientIp(),
                                        Math.max(0, passed.recoveryCodesLeft())));
                    }
                    return true;
                });
        if (signedIn == null) {
            return new Refused(Refusal.SECOND_STEP_EXPIRED);
        }
        events.secondStep(passed.withRecoveryCode() ? SecondStepEvent.RECOVERY_CODE_USED : SecondStepEvent.SUCCEEDED);
        return signedIn;
    }

    /**
     * Counts the wrong code towards the account's warning: past {@code alertAfter} in its window, the owner is
     * told (activity and mail) once per window.
     */
    private void warnIfRepeated(User user, ClientInfo client, Instant now) {
        var rule = settings.alertAfter();
        var belowAlert = new Rule(Math.max(1, rule.limit() - 1), rule.window());
        if (throttle.allows("second-step-wrong:account:" + user.id().value(), belowAlert)) {
            return;
        }
        if (!throttle.allows("second-step-warned:account:" + user.id().value(), new Rule(1, rule.window()))) {
            return;
        }
        accountEvents.happened(user.id(), ActivityKind.SECOND_STEP_FAILED_REPEATEDLY, now, client, null,
                new AccountMail.TwoStepNotice(user.id(), user.email(), TwoStepTopic.SECOND_STEP_FAILED_REPEATEDLY, now,
                        accountEvents.device(client), client.clientIp(), rule.limit()));
    }
}
