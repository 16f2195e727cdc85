package app.journal.domain.user;

import app.journal.domain.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address, normalised once: trimmed and lower-cased with {@link Locale#ROOT}. Two spellings
 * of one address ("  Ada@Example.ORG ") are one value, so uniqueness can be enforced on the value.
 */
public record EmailAddress(String value) {

    /** RFC 5321 caps a forward path at 254 characters. */
    public static final int MAX_LENGTH = 254;

    // Deliberately modest: one @, a non-empty local part without spaces, a dotted domain of
    // letters, digits and hyphens. Deliverability is proven by the verification mail, not by regex.
    private static final Pattern SHAPE = Pattern.compile(
            "^[^@\\s]{1,64}@(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9-]{2,63}$");

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("email", "Email address is required.");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("email", "Email address is not valid.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
