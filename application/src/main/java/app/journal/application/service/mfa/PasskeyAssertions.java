package app.journal.application.service.mfa;

import app.journal.application.port.in.ClientInfo;
import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountMail.PasskeyTopic;
import app.journal.application.port.out.Passkeys;
import app.journal.application.port.out.RelyingParty;
import app.journal.application.port.out.RelyingParty.PasskeyRejectedException;
import app.journal.application.port.out.RelyingParty.Reason;
import app.journal.application.port.out.RelyingParty.StoredCredential;
import app.journal.application.port.out.RelyingParty.VerifiedAssertion;
import app.journal.application.port.out.Users;
import app.journal.application.service.AccountEvents;
import app.journal.domain.activity.ActivityKind;
import app.journal.domain.passkey.Passkey;
import app.journal.domain.passkey.SignatureCount;
import java.time.Clock;
import java.util.Objects;

/**
 * Checking a passkey's answer against a ceremony's options, the one way every use of a passkey goes (signing
 * in, confirming it's you): which credential it names, that it is stored (and, when the answer names a user
 * handle, that it is its owner's), the relying party's checks, and WebAuthn's signature counter rule. A counter
 * that went backwards is refused and said once, with the activity row and the owner's notice.
 *
 * <p>Storing the use (the counter compare-and-set) is left to the caller, so it commits with what the use
 * does (a session, a confirmation).
 */
public final class PasskeyAssertions {

    private final Passkeys passkeys;
    private final RelyingParty relyingParty;
    private final Users users;
    private final AccountEvents accountEvents;
    private final Clock clock;

    public PasskeyAssertions(Passkeys passkeys, RelyingParty relyingParty, Users users, AccountEvents accountEvents,
            Clock clock) {
        this.passkeys = Objects.requireNonNull(passkeys, "passkeys");
        this.relyingParty = Objects.requireNonNull(relyingParty, "relyingParty");
        this.users = Objects.requireNonNull(users, "users");
        this.accountEvents = Objects.requireNonNull(accountEvents, "accountEvents");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** How an answer fared. */
    public sealed interface Outcome {
        /** It checks out: {@code passkey} as stored, {@code assertion} what to record of this use. */
        record Verified(Passkey passkey, VerifiedAssertion assertion) implements Outcome {}

        /** It does not (the reason is for logs and metrics, never for the caller's answer). */
        record Failed(Reason reason) implements Outcome {}
    }

    public Outcome check(String optionsJson, String credentialJson, ClientInfo client) {
        try {
            var claim = relyingParty.claimOf(credentialJson);
            var stored = passkeys.find(claim.credentialId()).orElse(null);
            if (stored == null) {
                return new Outcome.Failed(Reason.OTHER);
            }
            if (claim.userHandle() != null
                    && !passkeys.ownerOf(claim.userHandle()).map(stored.userId()::equals).orElse(false)) {
                return new Outcome.Failed(Reason.OTHER);
            }
            var handle = passkeys.userHandleOf(stored.userId());
            var verified = relyingParty.verifyAssertion(optionsJson, credentialJson,
                    new StoredCredential(stored.id(), handle, stored.publicKeyCose(), stored.signatureCount(),
                            stored.userVerified(), stored.backupEligible(), stored.backedUp(), stored.transports()));
            if (!verified.userVerified()) {
                return new Outcome.Failed(Reason.USER_VERIFICATION);
            }
            if (!SignatureCount.acceptable(stored.signatureCount(), verified.signatureCount())) {
                return counterRegressed(stored, client);
            }
            return new Outcome.Verified(stored, verified);
        } catch (PasskeyRejectedException rejected) {
            if (rejected.reason() == Reason.COUNTER_REGRESSED) {
                var claimed = safeClaim(credentialJson);
                if (claimed != null) {
                    return counterRegressed(claimed, client);
                }
            }
            return new Outcome.Failed(rejected.reason());
        } catch (app.journal.domain.InvalidValueException malformed) {
            return new Outcome.Failed(Reason.MALFORMED);
        }
    }

    private Passkey safeClaim(String credentialJson) {
        try {
            return passkeys.find(relyingParty.claimOf(credentialJson).credentialId()).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Outcome counterRegressed(Passkey passkey, ClientInfo client) {
        var now = clock.instant();
        users.findById(passkey.userId()).ifPresent(owner -> accountEvents.happened(owner.id(),
                ActivityKind.PASSKEY_COUNTER_REGRESSED, now, client, null,
                new AccountMail.PasskeyNotice(owner.id(), owner.email(), PasskeyTopic.PASSKEY_COUNTER_REGRESSED, now,
                        accountEvents.device(client), client.clientIp())));
        return new Outcome.Failed(Reason.COUNTER_REGRESSED);
    }
}
