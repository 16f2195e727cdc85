package app.journal.domain.mfa;

import app.journal.domain.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * The key shared with a person's authenticator app: 160 bits from a CSPRNG (RFC 4226 section 4
 * recommends 160). Held only while enrolling or checking a code; stored sealed, never logged:
 * {@link #toString()} does not print it.
 */
public record TotpSecret(byte[] bytes) {

    public static final int LENGTH = 20;

    public TotpSecret {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != LENGTH) {
            throw new InvalidValueException("secret", "a TOTP secret is " + LENGTH + " bytes");
        }
        bytes = bytes.clone();
    }

    public static TotpSecret random(SecureRandom random) {
        var bytes = new byte[LENGTH];
        random.nextBytes(bytes);
        return new TotpSecret(bytes);
    }

    /** Reads the key as an authenticator app shows it (case and padding do not matter). */
    public static TotpSecret fromBase32(String base32) {
        Objects.requireNonNull(base32, "base32");
        try {
            return new TotpSecret(Base32.decode(base32.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("secret", "not a base32 TOTP secret");
        }
    }

    /** A copy: callers cannot change the secret. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** RFC 4648 base32, upper case, no padding: 32 characters, the form people type into their app. */
    public String base32() {
        return Base32.encode(bytes);
    }

    /**
     * The Key Uri Format that authenticator apps read from a QR code:
     * {@code otpauth://totp/Issuer:account?secret=...&issuer=Issuer&algorithm=SHA1&digits=6&period=30}.
     * Issuer and account name are percent-encoded (RFC 3986, spaces as {@code %20}); neither may hold
     * a colon, which apps read as the separator.
     */
    public String otpauthUri(String issuer, String accountName) {
        requireLabelPart(issuer, "issuer");
        requireLabelPart(accountName, "accountName");
        return "otpauth://totp/" + encode(issuer, "") + ":" + encode(accountName, "@")
                + "?secret=" + base32()
                + "&issuer=" + encode(issuer, "")
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.PERIOD.toSeconds();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TotpSecret other && java.security.MessageDigest.isEqual(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "TotpSecret[redacted]";
    }

    private static void requireLabelPart(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank() || value.indexOf(':') >= 0) {
            throw new InvalidValueException(field, field + " must be non-blank and without a colon");
        }
    }

    /** Percent-encodes all but RFC 3986 unreserved characters and the ones in {@code keep}. */
    private static String encode(String value, String keep) {
        var out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || keep.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }
}
