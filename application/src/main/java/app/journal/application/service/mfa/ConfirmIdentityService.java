package app.journal.application.service.mfa;

import app.journal.application.port.in.mfa.ConfirmIdentity;
import app.journal.application.port.in.session.RevokeSession.SessionNotFoundException;
import app.journal.application.port.in.session.SecondStepFailedException;
import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountMail.TwoStepTopic;
import app.journal.application.port.out.AuthEvents;
import app.journal.application.port.out.AuthEvents.SecondStepEvent;
import app.journal.application.port.out.RateLimiter;
import app.journal.application.port.out.SessionConfirmations;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.service.mfa.FactorChecks.Check;
import app.journal.domain.activity.ActivityKind;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import app.journal.application.service.AccountEvents;
import app.journal.application.service.Throttle;

/**
 * "Confirm it's you": the password (rate-limited per account, verified outside any transaction), then, with
 * two-step verification on, a code or a recovery code (spent once); then the session is marked confirmed and
 * the activity says so, in one unit of work.
 *
 * @see "docs/decisions/0016-confirm-its-you.md"
 */
public final class ConfirmIdentityService implements ConfirmIdentity {

    private final Reauthentication reauthentication;
    private final FactorChecks factors;
    private final SessionConfirmations marks;
    private final AccountEvents accountEvents;
    private final Throttle throttle;
    private final TwoStepSettings settings;
    private final UnitOfWork unitOfWork;
    private final AuthEvents events;
    private final Clock clock;

    public ConfirmIdentityService(Reauthentication reauthentication, FactorChecks factors,
            SessionConfirmations marks, AccountEvents accountEvents, RateLimiter limiter, TwoStepSettings settings,
            UnitOfWork unitOfWork, AuthEvents events, Clock clock) {
        this.reauthentication = Objects.requireNonNull(reauthentication, "reauthentication");
        this.factors = Objects.requireNonNull(factors, "factors");
        this.marks = Objects.requireNonNull(marks, "marks");
        this.accountEvents = Objects.requireNonNull(accountEvents, "accountEvents");
        this.throttle = new Throttle(limiter);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Instant confirm(ConfirmIdentityCommand command) {
        var user = reauthentication.confirm(command.userId(), command.password());
        Check check = new Check.Passed(false, -1);
        if (factors.enabled(user.id())) {
            throttle.check("second-step:account:" + user.id().value(), settings.codesPerAccount());
            check = factors.check(user.id(), command.code(), command.recoveryCode(), clock.instant());
            if (check instanceof Check.Failed) {
                events.secondStep(SecondStepEvent.FAILED);
                throw new SecondStepFailedException();
            }
        }
        var now = clock.instant();
        var passed = (Check.Passed) check;
        var client = command.client();
        unitOfWork.inTransaction(() -> {
            if (!marks.confirm(command.sessionId(), user.id(), now)) {
                throw new SessionNotFoundException();
            }
            accountEvents.happened(user.id(), ActivityKind.IDENTITY_CONFIRMED, now, client, command.sessionId(), null);
            if (passed.withRecoveryCode()) {
                accountEvents.happened(user.id(), ActivityKind.RECOVERY_CODE_USED, now, client, command.sessionId(),
                        new AccountMail.TwoStepNotice(user.id(), user.email(), TwoStepTopic.RECOVERY_CODE_USED, now,
                                accountEvents.device(client), client.clientIp(), Math.max(0, passed.recoveryCodesLeft())));
            }
        });
        if (passed.withRecoveryCode()) {
            events.secondStep(SecondStepEvent.RECOVERY_CODE_USED);
        }
        return now.plus(settings.confirmationWindow());
    }
}
