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
    /** A hardware-secured key (a passkey), next issues. */
    HWK("hwk", Factor.POSSESSION),
    /** A user presence test (a passkey's), next issues; not a factor of its own. */
    USER("user", null),
    /** A single-use recovery code, held on paper: a second factor without an RFC 8176 value of its own. */
    RECOVERY_CODE("mfa", Factor.POSSESSION);

    /** RFC 8176's "multiple-factor authentication". */
    public static final String MFA = "mfa";

    private enum Factor { KNOWLEDGE, POSSESSION }

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
