package app.journal.application.service.mfa;

import app.journal.application.port.in.ClientInfo;
import app.journal.application.port.in.mfa.ManageTwoStep;
import app.journal.application.port.in.session.RevokeSession.SessionNotFoundException;
import app.journal.application.port.in.session.SecondStepFailedException;
import app.journal.application.port.in.mfa.TwoStepConflictException;
import app.journal.application.port.in.mfa.TwoStepConflictException.Conflict;
import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountMail.TwoStepTopic;
import app.journal.application.port.out.SecretSealer;
import app.journal.application.port.out.TrustedBrowsers;
import app.journal.application.port.out.TwoStepFactors;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.port.out.Users;
import app.journal.domain.activity.ActivityKind;
import app.journal.domain.mfa.RecoveryCodes;
import app.journal.domain.mfa.Totp;
import app.journal.domain.mfa.TotpCheck;
import app.journal.domain.mfa.TotpSecret;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import app.journal.application.service.AccountEvents;
import app.journal.application.service.LinkTokens;
import app.journal.application.service.PendingGrants;

/**
 * Two-step verification on one's own account. Enrolment stores the new secret sealed and inactive; the
 * first right code turns it on, makes the recovery codes (shown once, stored as keyed digests) and voids
 * every pending grant of the account, in one unit of work. Turning it off and new codes need a confirmed
 * session; each change is recorded and mailed.
 */
public final class ManageTwoStepService implements ManageTwoStep {

    private final TwoStepFactors factors;
    private final TrustedBrowsers trusted;
    private final SecretSealer sealer;
    private final FactorChecks checks;
    private final Confirmations confirmations;
    private final PendingGrants grants;
    private final AccountEvents accountEvents;
    private final Users users;
    private final TwoStepSettings settings;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ManageTwoStepService(TwoStepFactors factors, TrustedBrowsers trusted, SecretSealer sealer,
            FactorChecks checks, Confirmations confirmations, PendingGrants grants, AccountEvents accountEvents,
            Users users, TwoStepSettings settings, UnitOfWork unitOfWork, Clock clock) {
        this.factors = Objects.requireNonNull(factors, "factors");
        this.trusted = Objects.requireNonNull(trusted, "trusted");
        this.sealer = Objects.requireNonNull(sealer, "sealer");
        this.checks = Objects.requireNonNull(checks, "checks");
        this.confirmations = Objects.requireNonNull(confirmations, "confirmations");
        this.grants = Objects.requireNonNull(grants, "grants");
        this.accountEvents = Objects.requireNonNull(accountEvents, "accountEvents");
        this.users = Objects.requireNonNull(users, "users");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Status status(UserId userId, SessionId sessionId, @Nullable String trustToken) {
        var factor = factors.find(userId).filter(TwoStepFactors.Factor::enabled);
        int left = factor.isPresent() ? factors.unusedRecoveryCodes(userId).size() : 0;
        var browsers = trusted.of(userId, clock.instant());
        var mark = trustToken == null ? null : LinkTokens.hashOf(trustToken).orElse(null);
        var current = browsers.stream().filter(b -> b.hash().equals(mark)).map(TrustedBrowsers.TrustedBrowser::id)
                .findFirst().orElse(null);
        return new Status(factor.isPresent(), factor.map(TwoStepFactors.Factor::confirmedAt).orElse(null), left,
                confirmations.confirmedUntil(sessionId).orElse(null), browsers, current);
    }

    @Override
    public Setup setUp(UserId userId, SessionId sessionId) {
        confirmations.require(userId, sessionId);
        var user = account(userId);
        var secret = TotpSecret.random(random);
        if (!factors.beginEnrolment(userId, sealer.seal(secret.bytes(), FactorChecks.associatedData(userId)),
                clock.instant())) {
            throw new TwoStepConflictException(Conflict.ALREADY_ENABLED);
        }
        return new Setup(secret.base32(), secret.otpauthUri(settings.issuer(), user.email().value()));
    }

    @Override
    public List<String> enable(UserId userId, @Nullable String code, ClientInfo client) {
        var user = account(userId);
        var factor = factors.find(userId).orElseThrow(() -> new TwoStepConflictException(Conflict.SETUP_REQUIRED));
        if (factor.enabled()) {
            throw new TwoStepConflictException(Conflict.ALREADY_ENABLED);
        }
        var now = clock.instant();
        var secret = checks.secretOf(userId, factor.sealedSecret());
        if (!(Totp.check(secret, code == null ? "" : code, now, -1) instanceof TotpCheck.Accepted accepted)) {
            throw new SecondStepFailedException();
        }
        var codes = RecoveryCodes.generate(random);
        var digests = digests(codes);
        unitOfWork.inTransaction(() -> {
            if (!factors.confirm(userId, accepted.step(), now)) {
                throw new TwoStepConflictException(Conflict.ALREADY_ENABLED);
            }
            factors.replaceRecoveryCodes(userId, digests, now);
            grants.voidAll(userId, now);
            accountEvents.happened(userId, ActivityKind.TWO_STEP_ENABLED, now, client, null,
                    notice(user, TwoStepTopic.TWO_STEP_ENABLED, now, client, 0));
        });
        return codes;
    }

    @Override
    public void disable(UserId userId, SessionId sessionId, ClientInfo client) {
        confirmations.require(userId, sessionId);
        var user = account(userId);
        var now = clock.instant();
        unitOfWork.inTransaction(() -> {
            if (!factors.remove(userId)) {
                throw new TwoStepConflictException(Conflict.NOT_ENABLED);
            }
            grants.voidAll(userId, now);
            accountEvents.happened(userId, ActivityKind.TWO_STEP_DISABLED, now, client, sessionId,
                    notice(user, TwoStepTopic.TWO_STEP_DISABLED, now, client, 0));
        });
    }

    @Override
    public List<String> newRecoveryCodes(UserId userId, SessionId sessionId, ClientInfo client) {
        confirmations.require(userId, sessionId);
        var user = account(userId);
        if (!checks.enabled(userId)) {
            throw new TwoStepConflictException(Conflict.NOT_ENABLED);
        }
        var codes = RecoveryCodes.generate(random);
        var digests = digests(codes);
        var now = clock.instant();
        unitOfWork.inTransaction(() -> {
            factors.replaceRecoveryCodes(userId, digests, now);
            accountEvents.happened(userId, ActivityKind.RECOVERY_CODES_GENERATED, now, client, sessionId,
                    notice(user, TwoStepTopic.RECOVERY_CODES_GENERATED, now, client, codes.size()));
        });
        return codes;
    }

    @Override
    public boolean forgetBrowser(UserId userId, UUID browserId, ClientInfo client) {
        var now = clock.instant();
        return unitOfWork.inTransaction(() -> {
            if (!trusted.remove(userId, browserId)) {
                return false;
            }
            accountEvents.happened(userId, ActivityKind.TRUSTED_BROWSER_REMOVED, now, client, null, null);
            return true;
        });
    }

    private User account(UserId userId) {
        return users.findById(userId).filter(u -> !u.isDisabled()).orElseThrow(SessionNotFoundException::new);
    }

    private List<String> digests(List<String> codes) {
        return codes.stream().map(checks::digestOf).toList();
    }

    private AccountMail notice(User user, TwoStepTopic topic, Instant now, ClientInfo client, int amount) {
        return new AccountMail.TwoStepNotice(user.id(), user.email(), topic, now, accountEvents.device(client),
                client.clientIp(), amount);
    }
}
