package app.journal.domain.passkey;

import app.journal.domain.InvalidValueException;
import java.text.Normalizer;
import java.util.Objects;

/** The name a person gives a passkey: trimmed, NFC, 1 to 64 code points, no control characters. */
public record PasskeyName(String value) {

    public static final int MAX_CODE_POINTS = 64;

    public PasskeyName {
        Objects.requireNonNull(value, "value");
        value = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        if (value.isEmpty()) {
            throw new InvalidValueException("name", "Give the passkey a name.");
        }
        if (value.codePointCount(0, value.length()) > MAX_CODE_POINTS) {
            throw new InvalidValueException("name", "Use at most " + MAX_CODE_POINTS + " characters.");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("name", "The name cannot contain control characters.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
