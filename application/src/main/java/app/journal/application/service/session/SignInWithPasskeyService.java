package app.journal.application.service.session;

import app.journal.application.port.in.ClientInfo;
import app.journal.application.port.in.RateLimitedException;
import app.journal.application.port.in.mfa.PasskeyOptions;
import app.journal.application.port.in.session.SignInResult;
import app.journal.application.port.in.session.SignInResult.Refusal;
import app.journal.application.port.in.session.SignInResult.Refused;
import app.journal.application.port.in.session.SignInWithPasskey;
import app.journal.application.port.out.AuthEvents;
import app.journal.application.port.out.AuthEvents.LoginFailure;
import app.journal.application.port.out.PasskeyCeremonies;
import app.journal.application.port.out.PasskeyCeremonies.Ceremony;
import app.journal.application.port.out.PasskeyCeremonies.Kind;
import app.journal.application.port.out.Passkeys;
import app.journal.application.port.out.RateLimiter;
import app.journal.application.port.out.RelyingParty;
import app.journal.application.port.out.Users;
import app.journal.application.service.AccountEvents;
import app.journal.application.service.AccountSettings;
import app.journal.application.service.Throttle;
import app.journal.application.service.mfa.PasskeyAssertions;
import app.journal.application.service.mfa.PasskeyAssertions.Outcome;
import app.journal.domain.activity.ActivityKind;
import app.journal.domain.mfa.AuthMethod;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Signing in with a passkey. Options are rate-limited per client like a password sign-in and kept as a
 * server-side ceremony (any node finishes it, once). The answer is checked by {@link PasskeyAssertions}
 * (credential, owner's user handle, signature, origin, RP ID, user verification, counter); a disabled or
 * unverified account is refused like a password sign-in; then the same {@link SessionStarter} begins the session
 * (its activity, its new-device notice) with the passkey's use (the counter compare-and-set) and a
 * {@link ActivityKind#PASSKEY_SIGNED_IN} row in the same unit of work. A user-verified passkey is two factors
 * ({@code amr} hwk, user, mfa): no second step is asked for.
 *
 * @see "docs/decisions/0021-passkeys.md"
 */
public final class SignInWithPasskeyService implements SignInWithPasskey {

    static final List<String> PASSKEY = AuthMethod.amrClaim(List.of(AuthMethod.HWK, AuthMethod.USER));

    private final Users users;
    private final Passkeys passkeys;
    private final PasskeyCeremonies ceremonies;
    private final RelyingParty relyingParty;
    private final PasskeyAssertions assertions;
    private final SessionStarter starter;
    private final AccountEvents accountEvents;
    private final Throttle throttle;
    private final AccountSettings settings;
    private final AuthEvents events;
    private final Duration ceremonyTtl;
    private final Clock clock;

    public SignInWithPasskeyService(Users users, Passkeys passkeys, PasskeyCeremonies ceremonies,
            RelyingParty relyingParty, PasskeyAssertions assertions, SessionStarter starter,
            AccountEvents accountEvents, RateLimiter limiter, AccountSettings settings, AuthEvents events,
            Duration ceremonyTtl, Clock clock) {
        this.users = Objects.requireNonNull(users, "users");
        this.passkeys = Objects.requireNonNull(passkeys, "passkeys");
        this.ceremonies = Objects.requireNonNull(ceremonies, "ceremonies");
        this.relyingParty = Objects.requireNonNull(relyingParty, "relyingParty");
        this.assertions = Objects.requireNonNull(assertions, "assertions");
        this.starter = Objects.requireNonNull(starter, "starter");
        this.accountEvents = Objects.requireNonNull(accountEvents, "accountEvents");
        this.throttle = new Throttle(limiter);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.events = Objects.requireNonNull(events, "events");
        this.ceremonyTtl = Objects.requireNonNull(ceremonyTtl, "ceremonyTtl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public PasskeyOptions options(String clientKey) {
        // Options are asked for whenever /login opens, not only when someone tries: their own, wider rule.
        // The attempt itself (finish) counts against the sign-in rule, as a password sign-in does.
        throttle.check("passkey-options:client:" + clientKey, settings.rateLimits().passkeyOptionsPerClient());
        var options = relyingParty.assertionOptions(List.of());
        var now = clock.instant();
        var ceremony = new Ceremony(UUID.randomUUID(), Kind.SIGN_IN, null, null, options.json(), now,
                now.plus(ceremonyTtl));
        ceremonies.begin(ceremony);
        return new PasskeyOptions(ceremony.id(), options.json(), ceremony.expiresAt());
    }

    @Override
    public SignInResult finish(FinishCommand command) {
        try {
            throttle.check("login:client:" + command.clientIp(), settings.rateLimits().loginPerClient());
        } catch (RateLimitedException limited) {
            events.loginFailed(LoginFailure.RATE_LIMITED);
            throw limited;
        }
        var ceremony = ceremonies.take(command.ceremonyId(), Kind.SIGN_IN, clock.instant()).orElse(null);
        if (ceremony == null) {
            return refused("ceremony unknown, used or expired");
        }
        var client = new ClientInfo(command.userAgent(), command.clientIp());
        var outcome = assertions.check(ceremony.optionsJson(), command.credentialJson(), client);
        if (!(outcome instanceof Outcome.Verified verified)) {
            return refused(((Outcome.Failed) outcome).reason().name());
        }
        var user = users.findById(verified.passkey().userId()).orElse(null);
        if (user == null || user.isDisabled()) {
            return refused("account disabled or gone");
        }
        if (settings.requireEmailVerify() && !user.isVerified()) {
            return refused("account unverified");
        }
        var used = verified.passkey();
        var signedIn = starter.start(user, command.persistence(), command.userAgent(), command.clientIp(), PASSKEY,
                null, (at, session) -> {
                    if (!passkeys.recordUse(used.id(), used.signatureCount(), verified.assertion().signatureCount(),
                            verified.assertion().backedUp(), at)) {
                        return false; // another use of the same answer won the compare-and-set
                    }
                    accountEvents.happened(user.id(), ActivityKind.PASSKEY_SIGNED_IN, at, client, session.id());
                    return true;
                });
        return signedIn == null ? refused("counter compare-and-set lost") : signedIn;
    }

    /** @param why for a reader of this code: the caller gets one answer for every reason */
    private Refused refused(String why) {
        events.loginFailed(LoginFailure.PASSKEY);
        return new Refused(Refusal.PASSKEY);
    }
}
