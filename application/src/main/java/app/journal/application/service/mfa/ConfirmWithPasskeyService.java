package app.journal.application.service.mfa;

import app.journal.application.port.in.ClientInfo;
import app.journal.application.port.in.mfa.ConfirmWithPasskey;
import app.journal.application.port.in.mfa.PasskeyConflictException;
import app.journal.application.port.in.mfa.PasskeyConflictException.Conflict;
import app.journal.application.port.in.mfa.PasskeyFailedException;
import app.journal.application.port.in.mfa.PasskeyOptions;
import app.journal.application.port.in.session.RevokeSession.SessionNotFoundException;
import app.journal.application.port.out.PasskeyCeremonies;
import app.journal.application.port.out.PasskeyCeremonies.Ceremony;
import app.journal.application.port.out.PasskeyCeremonies.Kind;
import app.journal.application.port.out.Passkeys;
import app.journal.application.port.out.RelyingParty;
import app.journal.application.port.out.SessionConfirmations;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.service.AccountEvents;
import app.journal.application.service.mfa.PasskeyAssertions.Outcome;
import app.journal.domain.activity.ActivityKind;
import app.journal.domain.passkey.Passkey;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * "Confirm it's you" with a passkey: options that allow only the account's own passkeys, kept as a ceremony of
 * this session; the answer, if it is one of this account's passkeys and checks out, marks the session confirmed
 * and records it exactly as {@link ConfirmIdentityService} does, with the passkey's use, in one unit of work.
 *
 * @see "docs/decisions/0021-passkeys.md"
 */
public final class ConfirmWithPasskeyService implements ConfirmWithPasskey {

    private final Passkeys passkeys;
    private final PasskeyCeremonies ceremonies;
    private final RelyingParty relyingParty;
    private final PasskeyAssertions assertions;
    private final SessionConfirmations marks;
    private final AccountEvents accountEvents;
    private final TwoStepSettings settings;
    private final Duration ceremonyTtl;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ConfirmWithPasskeyService(Passkeys passkeys, PasskeyCeremonies ceremonies, RelyingParty relyingParty,
            PasskeyAssertions assertions, SessionConfirmations marks, AccountEvents accountEvents,
            TwoStepSettings settings, Duration ceremonyTtl, UnitOfWork unitOfWork, Clock clock) {
        this.passkeys = Objects.requireNonNull(passkeys, "passkeys");
        this.ceremonies = Objects.requireNonNull(ceremonies, "ceremonies");
        this.relyingParty = Objects.requireNonNull(relyingParty, "relyingParty");
        this.assertions = Objects.requireNonNull(assertions, "assertions");
        this.marks = Objects.requireNonNull(marks, "marks");
        this.accountEvents = Objects.requireNonNull(accountEvents, "accountEvents");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.ceremonyTtl = Objects.requireNonNull(ceremonyTtl, "ceremonyTtl");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public PasskeyOptions options(UserId userId, SessionId sessionId) {
        var own = passkeys.of(userId).stream().map(Passkey::id).toList();
        if (own.isEmpty()) {
            throw new PasskeyConflictException(Conflict.NO_PASSKEY);
        }
        var options = relyingParty.assertionOptions(own);
        var now = clock.instant();
        var ceremony = new Ceremony(UUID.randomUUID(), Kind.CONFIRMATION, userId, sessionId, options.json(), now,
                now.plus(ceremonyTtl));
        ceremonies.begin(ceremony);
        return new PasskeyOptions(ceremony.id(), options.json(), ceremony.expiresAt());
    }

    @Override
    public Instant confirm(UserId userId, SessionId sessionId, UUID ceremonyId, String credentialJson,
            ClientInfo client) {
        var ceremony = ceremonies.take(ceremonyId, Kind.CONFIRMATION, clock.instant())
                .filter(c -> userId.equals(c.userId()) && sessionId.equals(c.sessionId()))
                .orElseThrow(PasskeyFailedException::new);
        if (!(assertions.check(ceremony.optionsJson(), credentialJson, client) instanceof Outcome.Verified verified)
                || !verified.passkey().userId().equals(userId)) {
            throw new PasskeyFailedException();
        }
        var now = clock.instant();
        unitOfWork.inTransaction(() -> {
            var used = verified.passkey();
            if (!passkeys.recordUse(used.id(), used.signatureCount(), verified.assertion().signatureCount(),
                    verified.assertion().backedUp(), now)) {
                throw new PasskeyFailedException();
            }
            if (!marks.confirm(sessionId, userId, now)) {
                throw new SessionNotFoundException();
            }
            accountEvents.happened(userId, ActivityKind.IDENTITY_CONFIRMED, now, client, sessionId, null);
        });
        return now.plus(settings.confirmationWindow());
    }
}
