package app.journal.domain.mfa;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * How a person proved who they are, for the {@code amr} claim (RFC 8176) and for "confirm it's you".
 * RFC 8176 has no value for a recovery code: it counts as a second factor ({@code mfa}) but not as
 * {@code otp}, so nobody reads it as "the authenticator app was at hand".
 *
 * @see "docs/decisions/0015-totp-and-recovery-codes.md"
 */
public enum AuthMethod {
    /** The password. */
    PWD("pwd", Factor.KNOWLEDGE),
    /** A TOTP code from an authenticator app. */
    OTP("otp", Factor.POSSESSION),
    /** A hardware-secured key (a passkey): something the person has. */
    HWK("hwk", Factor.POSSESSION),
    /**
     * User verification on the authenticator (a passkey's fingerprint, face or PIN; the UV flag). RFC 8176's
     * {@code user} is "user presence test", but WebAuthn's UV proves more than presence: the authenticator
     * checked something the person is or knows before it signed. Journal requires UV for every passkey
     * sign-in, so a passkey sign-in is two factors in one ({@code hwk} + {@code user} + {@code mfa}), like
     * NIST SP 800-63B's multi-factor cryptographic authenticator, and never asks for the TOTP code after it.
     * See docs/decisions/0021-passkeys.md.
     */
    USER("user", Factor.INHERENCE_OR_KNOWLEDGE_ON_DEVICE),
    /** A single-use recovery code, held on paper: a second factor without an RFC 8176 value of its own. */
    RECOVERY_CODE("mfa", Factor.POSSESSION);

    /** RFC 8176's "multiple-factor authentication". */
    public static final String MFA = "mfa";

    private enum Factor { KNOWLEDGE, POSSESSION, INHERENCE_OR_KNOWLEDGE_ON_DEVICE }

    private final String amr;
    private final @Nullable Factor factor;

    AuthMethod(String amr, @Nullable Factor factor) {
        this.amr = amr;
        this.factor = factor;
    }

    /** This method's RFC 8176 value. */
    public String amr() {
        return amr;
    }

    /**
     * The {@code amr} claim for a sign-in that used {@code methods}: each method's value once, in this
     * enum's order, and {@code mfa} when they cover more than one factor (password + code).
     */
    public static List<String> amrClaim(Collection<AuthMethod> methods) {
        Objects.requireNonNull(methods, "methods");
        var set = methods.isEmpty() ? EnumSet.noneOf(AuthMethod.class) : EnumSet.copyOf(methods);
        long factors = set.stream().map(m -> m.factor).filter(Objects::nonNull).distinct().count();
        var values = set.stream().map(AuthMethod::amr);
        return (factors > 1 ? Stream.concat(values, Stream.of(MFA)) : values).distinct().toList();
    }
}
