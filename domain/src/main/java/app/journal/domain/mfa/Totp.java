package app.journal.domain.mfa;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Time-based one-time passwords (RFC 6238 over HOTP, RFC 4226): HMAC-SHA1, 6 digits, 30-second
 * steps, one step of clock drift accepted either side. Written here over the JDK's HMAC rather than
 * taken from a library: it is a few lines, and the RFCs' own test vectors prove it.
 *
 * @see "docs/decisions/0015-totp-and-recovery-codes.md"
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final Duration PERIOD = Duration.ofSeconds(30);
    /** Steps accepted either side of the current one (clock drift, a code typed as it turned). */
    public static final int WINDOW = 1;
    /** For {@code lastUsedStep}: no code of this secret was ever accepted. */
    public static final long NEVER_USED = Long.MIN_VALUE;

    private static final String HMAC_SHA1 = "HmacSHA1";
    private static final int MAX_INPUT = 64;

    private Totp() {}

    /** The RFC 6238 time step {@code now} falls in (Unix time / 30 s, T0 = 0). */
    public static long stepAt(Instant now) {
        return Math.floorDiv(now.getEpochSecond(), PERIOD.toSeconds());
    }

    /** The product's code: HMAC-SHA1, {@value #DIGITS} digits. */
    public static String codeAt(TotpSecret secret, long step) {
        return codeAt(secret.bytes(), step, DIGITS, HMAC_SHA1);
    }

    /**
     * The HOTP value (RFC 4226 section 5.3) of {@code counter}, zero-padded to {@code digits}: for TOTP
     * the counter is the time step. Any JDK HMAC ({@code HmacSHA1}, {@code HmacSHA256},
     * {@code HmacSHA512}) for the RFC 6238 test vectors; the product uses SHA-1 and 6 digits only.
     */
    public static String codeAt(byte[] key, long counter, int digits, String hmacAlgorithm) {
        Objects.requireNonNull(key, "key");
        if (digits < 1 || digits > 9) {
            throw new IllegalArgumentException("digits must be 1..9");
        }
        byte[] hash;
        try {
            var mac = Mac.getInstance(hmacAlgorithm);
            mac.init(new SecretKeySpec(key, hmacAlgorithm));
            hash = mac.doFinal(new byte[] {
                (byte) (counter >>> 56), (byte) (counter >>> 48), (byte) (counter >>> 40), (byte) (counter >>> 32),
                (byte) (counter >>> 24), (byte) (counter >>> 16), (byte) (counter >>> 8), (byte) counter});
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC " + hmacAlgorithm + " is unavailable", e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        int otp = binary % POWERS[digits];
        var text = Integer.toString(otp);
        return "0".repeat(digits - text.length()) + text;
    }

    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
        100_000_000, 1_000_000_000};

    /**
     * Checks a typed code against the steps {@code now - 1}, {@code now}, {@code now + 1}. Spaces and
     * hyphens are dropped first ("123 456" pasted from an app works); anything but six ASCII digits
     * then is {@link TotpCheck.Malformed}. Every step is compared, in constant time, whichever matches.
     *
     * @param lastUsedStep the step of the last code accepted for this secret, or {@link #NEVER_USED};
     *     a match at or before it is {@link TotpCheck.Replayed}. The caller records an
     *     {@link TotpCheck.Accepted#step()} with a compare-and-set so that two requests racing with the
     *     same code get one success.
     */
    public static TotpCheck check(TotpSecret secret, String input, Instant now, long lastUsedStep) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(now, "now");
        var code = normalise(input);
        if (code == null) {
            return new TotpCheck.Malformed();
        }
        var typed = code.getBytes(StandardCharsets.US_ASCII);
        var key = secret.bytes();
        long current = stepAt(now);
        long matched = 0;
        boolean found = false;
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            var expected = codeAt(key, step, DIGITS, HMAC_SHA1).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, typed) && !found) {
                matched = step;
                found = true;
            }
        }
        Arrays.fill(key, (byte) 0);
        if (!found) {
            return new TotpCheck.Wrong();
        }
        return matched <= lastUsedStep ? new TotpCheck.Replayed() : new TotpCheck.Accepted(matched);
    }

    /** Six ASCII digits with spaces and hyphens dropped, or null. */
    private static @Nullable String normalise(String input) {
        if (input.length() > MAX_INPUT) {
            return null;
        }
        var out = new StringBuilder(DIGITS);
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '-' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            if (c < '0' || c > '9') {
                return null;
            }
            out.append(c);
        }
        return out.length() == DIGITS ? out.toString() : null;
    }
}
