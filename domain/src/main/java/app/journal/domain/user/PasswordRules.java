package app.journal.domain.user;

import app.journal.domain.InvalidValueException;
import java.text.Normalizer;

/**
 * NIST SP 800-63B style password rules: length counted in code points after Unicode NFC
 * normalisation, a minimum and a maximum, and no composition rules (guessability is judged
 * separately). A password over the maximum is refused, never silently cut.
 */
public record PasswordRules(int minCodePoints, int maxCodePoints) {

    public static final PasswordRules DEFAULT = new PasswordRules(12, 128);

    public PasswordRules {
        if (minCodePoints < 8 || maxCodePoints < minCodePoints || maxCodePoints > 1024) {
            throw new IllegalArgumentException("need 8 <= min <= max <= 1024");
        }
    }

    /** The password as it is hashed: NFC-normalised, otherwise untouched (spaces count). */
    public String normalize(String raw) {
        if (raw == null || raw.isEmpty()) {
            throw new InvalidValueException("password", "Password is required.");
        }
        // A cheap bound before normalising: NFC never shrinks a string by more than a few times.
        if (raw.length() > 8 * maxCodePoints) {
            throw tooLong();
        }
        var normalized = Normalizer.normalize(raw, Normalizer.Form.NFC);
        int length = normalized.codePointCount(0, normalized.length());
        if (length < minCodePoints) {
            throw new InvalidValueException("password", "Password must be at least " + minCodePoints + " characters.");
        }
        if (length > maxCodePoints) {
            throw tooLong();
        }
        return normalized;
    }

    private InvalidValueException tooLong() {
        return new InvalidValueException("password", "Password must be at most " + maxCodePoints + " characters.");
    }
}
