package app.journal.application.service.mfa;

import app.journal.application.port.in.ClientInfo;
import app.journal.application.port.in.mfa.ManagePasskeys;
import app.journal.application.port.in.mfa.PasskeyConflictException;
import app.journal.application.port.in.mfa.PasskeyConflictException.Conflict;
import app.journal.application.port.in.mfa.PasskeyFailedException;
import app.journal.application.port.in.mfa.PasskeyOptions;
import app.journal.application.port.in.session.RevokeSession.SessionNotFoundException;
import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountMail.PasskeyTopic;
import app.journal.application.port.out.PasskeyCeremonies;
import app.journal.application.port.out.PasskeyCeremonies.Ceremony;
import app.journal.application.port.out.PasskeyCeremonies.Kind;
import app.journal.application.port.out.Passkeys;
import app.journal.application.port.out.RelyingParty;
import app.journal.application.port.out.RelyingParty.PasskeyRejectedException;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.port.out.Users;
import app.journal.application.service.AccountEvents;
import app.journal.application.service.PendingGrants;
import app.journal.domain.InvalidValueException;
import app.journal.domain.activity.ActivityKind;
import app.journal.domain.passkey.CredentialId;
import app.journal.domain.passkey.Passkey;
import app.journal.domain.passkey.PasskeyName;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Passkeys on one's own account. Adding one is two requests: options (from a confirmed session; kept as a
 * ceremony of that session and account) and the browser's answer, which only that session can finish. Removing
 * needs a confirmed session, voids the account's pending grants (a credential changed) and never removes the
 * last way to sign in. Every change is recorded; adding and removing are mailed.
 *
 * @see "docs/decisions/0021-passkeys.md"
 */
public final class ManagePasskeysService implements ManagePasskeys {

    private final Passkeys passkeys;
    private final PasskeyCeremonies ceremonies;
    private final RelyingParty relyingParty;
    private final Confirmations confirmations;
    private final PendingGrants grants;
    private final AccountEvents accountEvents;
    private final Users users;
    private final Duration ceremonyTtl;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ManagePasskeysService(Passkeys passkeys, PasskeyCeremonies ceremonies, RelyingParty relyingParty,
            Confirmations confirmations, PendingGrants grants, AccountEvents accountEvents, Users users,
            Duration ceremonyTtl, UnitOfWork unitOfWork, Clock clock) {
        this.passkeys = Objects.requireNonNull(passkeys, "passkeys");
        this.ceremonies = Objects.requireNonNull(ceremonies, "ceremonies");
        this.relyingParty = Objects.requireNonNull(relyingParty, "relyingParty");
        this.confirmations = Objects.requireNonNull(confirmations, "confirmations");
        this.grants = Objects.requireNonNull(grants, "grants");
        this.accountEvents = Objects.requireNonNull(accountEvents, "accountEvents");
        this.users = Objects.requireNonNull(users, "users");
        this.ceremonyTtl = Objects.requireNonNull(ceremonyTtl, "ceremonyTtl");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<Passkey> list(UserId userId) {
        return passkeys.of(userId);
    }

    @Override
    public PasskeyOptions registrationOptions(UserId userId, SessionId sessionId) {
        confirmations.require(userId, sessionId);
        var user = account(userId);
        var handle = passkeys.userHandleOf(userId);
        var exclude = passkeys.of(userId).stream().map(Passkey::id).toList();
        var options = relyingParty.registrationOptions(handle, user.email().value(), user.email().value(), exclude);
        var now = clock.instant();
        var ceremony = new Ceremony(UUID.randomUUID(), Kind.REGISTRATION, userId, sessionId, options.json(), now,
                now.plus(ceremonyTtl));
        ceremonies.begin(ceremony);
        return new PasskeyOptions(ceremony.id(), options.json(), ceremony.expiresAt());
    }

    @Override
    public Passkey register(UserId userId, SessionId sessionId, UUID ceremonyId, String credentialJson,
            @Nullable String name, ClientInfo client) {
        var user = account(userId);
        var ceremony = ceremonies.take(ceremonyId, Kind.REGISTRATION, clock.instant())
                .filter(c -> userId.equals(c.userId()) && sessionId.equals(c.sessionId()))
                .orElseThrow(PasskeyFailedException::new);
        RelyingParty.NewCredential made;
        try {
            made = relyingParty.verifyRegistration(ceremony.optionsJson(), credentialJson);
        } catch (PasskeyRejectedException | InvalidValueException rejected) {
            throw new PasskeyFailedException();
        }
        if (!made.userVerified()) {
            throw new PasskeyFailedException();
        }
        var device = accountEvents.device(client);
        var named = name == null || name.isBlank() ? defaultName(device) : new PasskeyName(name);
        var now = clock.instant();
        var passkey = new Passkey(made.id(), userId, named, made.publicKeyCose(), made.signatureCount(), made.aaguid(),
                made.transports(), made.backupEligible(), made.backedUp(), made.userVerified(), now, null);
        unitOfWork.inTransaction(() -> {
            if (!passkeys.add(passkey)) {
                throw new PasskeyConflictException(Conflict.ALREADY_REGISTERED);
            }
            accountEvents.happened(userId, ActivityKind.PASSKEY_ADDED, now, client, sessionId,
                    notice(user, PasskeyTopic.PASSKEY_ADDED, now, client));
        });
        return passkeys.find(passkey.id()).orElse(passkey);
    }

    @Override
    public Passkey rename(UserId userId, String credentialId, String name, ClientInfo client) {
        var id = parse(credentialId);
        var named = new PasskeyName(name == null ? "" : name);
        var now = clock.instant();
        unitOfWork.inTransaction(() -> {
            if (!passkeys.rename(userId, id, named)) {
                throw new SessionNotFoundException();
            }
            accountEvents.happened(userId, ActivityKind.PASSKEY_RENAMED, now, client, null, null);
        });
        return passkeys.find(id).orElseThrow(SessionNotFoundException::new);
    }

    @Override
    public void remove(UserId userId, SessionId sessionId, String credentialId, ClientInfo client) {
        var id = parse(credentialId);
        confirmations.require(userId, sessionId);
        var user = account(userId);
        var now = clock.instant();
        unitOfWork.inTransaction(() -> {
            if (passkeys.find(id).filter(p -> p.userId().equals(userId)).isEmpty()) {
                throw new SessionNotFoundException();
            }
            // The account keeps a password or another passkey (see decision 0021 on concurrent removals).
            if (user.passwordHash() == null && passkeys.count(userId) <= 1) {
                throw new PasskeyConflictException(Conflict.LAST_SIGN_IN_METHOD);
            }
            if (passkeys.remove(userId, id).isEmpty()) {
                throw new SessionNotFoundException();
            }
            grants.voidAll(userId, now);
            accountEvents.happened(userId, ActivityKind.PASSKEY_REMOVED, now, client, sessionId,
                    notice(user, PasskeyTopic.PASSKEY_REMOVED, now, client));
        });
    }

    private static PasskeyName defaultName(String device) {
        var text = device.isBlank() ? "Passkey" : device.strip();
        return new PasskeyName(text.codePointCount(0, text.length()) > PasskeyName.MAX_CODE_POINTS
                ? text.substring(0, text.offsetByCodePoints(0, PasskeyName.MAX_CODE_POINTS)) : text);
    }

    private static CredentialId parse(String credentialId) {
        try {
            return CredentialId.fromBase64Url(credentialId);
        } catch (InvalidValueException | NullPointerException unknown) {
            throw new SessionNotFoundException();
        }
    }

    private User account(UserId userId) {
        return users.findById(userId).filter(u -> !u.isDisabled()).orElseThrow(SessionNotFoundException::new);
    }

    private AccountMail notice(User user, PasskeyTopic topic, Instant now, ClientInfo client) {
        return new AccountMail.PasskeyNotice(user.id(), user.email(), topic, now, accountEvents.device(client),
                client.clientIp());
    }
}
