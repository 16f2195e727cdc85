package app.journal.application.service.mfa;

import app.journal.application.port.out.CodeDigests;
import app.journal.application.port.out.SecretSealer;
import app.journal.application.port.out.TwoStepFactors;
import app.journal.domain.mfa.RecoveryCodes;
import app.journal.domain.mfa.Totp;
import app.journal.domain.mfa.TotpCheck;
import app.journal.domain.mfa.TotpSecret;
import app.journal.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Checks a second factor of an account, once: the authenticator app's code (its time step is then taken by
 * one compare-and-set, so the same code never works twice, even in two requests at once) or a recovery code
 * (compared with every unused digest in constant time, then spent by one compare-and-set).
 */
public final class FactorChecks {

    private final TwoStepFactors factors;
    private final SecretSealer sealer;
    private final CodeDigests digests;

    public FactorChecks(TwoStepFactors factors, SecretSealer sealer, CodeDigests digests) {
        this.factors = Objects.requireNonNull(factors, "factors");
        this.sealer = Objects.requireNonNull(sealer, "sealer");
        this.digests = Objects.requireNonNull(digests, "digests");
    }

    public sealed interface Check {
        /** @param recoveryCodesLeft after a recovery code: how many are left; otherwise -1 */
        record Passed(boolean withRecoveryCode, int recoveryCodesLeft) implements Check {}

        record Failed() implements Check {}
    }

    public boolean enabled(UserId userId) {
        return factors.find(userId).map(TwoStepFactors.Factor::enabled).orElse(false);
    }

    public Check check(UserId userId, @Nullable String code, @Nullable String recoveryCode, Instant now) {
        var factor = factors.find(userId).filter(TwoStepFactors.Factor::enabled).orElse(null);
        if (factor == null) {
            return new Check.Failed();
        }
        if (code != null && !code.isBlank()) {
            var secret = secretOf(userId, factor.sealedSecret());
            return switch (Totp.check(secret, code, now, factor.lastUsedStep())) {
                case TotpCheck.Accepted accepted when factors.useStep(userId, accepted.step()) ->
                        new Check.Passed(false, -1);
                case TotpCheck.Accepted _, TotpCheck.Replayed _, TotpCheck.Wrong _, TotpCheck.Malformed _ ->
                        new Check.Failed();
            };
        }
        if (recoveryCode != null && !recoveryCode.isBlank()) {
            var canonical = RecoveryCodes.normalise(recoveryCode).orElse(null);
            if (canonical == null) {
                return new Check.Failed();
            }
            var presented = digests.digest(canonical).getBytes(StandardCharsets.US_ASCII);
            var unused = factors.unusedRecoveryCodes(userId);
            String match = null;
            for (var digest : unused) { // no early exit: every stored digest is compared
                if (MessageDigest.isEqual(digest.getBytes(StandardCharsets.US_ASCII), presented)) {
                    match = digest;
                }
            }
            if (match != null && factors.spendRecoveryCode(userId, match, now)) {
                return new Check.Passed(true, unused.size() - 1);
            }
        }
        return new Check.Failed();
    }

    /** The stored form of a recovery code as shown (any spelling {@link RecoveryCodes#normalise} accepts). */
    String digestOf(String recoveryCode) {
        return digests.digest(RecoveryCodes.normalise(recoveryCode).orElseThrow());
    }

    TotpSecret secretOf(UserId userId, byte[] sealed) {
        return new TotpSecret(sealer.open(sealed, associatedData(userId)));
    }

    /** A sealed secret opens only for the account it was sealed for: a row copied to another account fails. */
    static byte[] associatedData(UserId userId) {
        return ("journal-totp:" + userId.value()).getBytes(StandardCharsets.US_ASCII);
    }
}
