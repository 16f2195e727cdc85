package app.journal.domain.entry;

import app.journal.domain.InvalidValueException;

/**
 * The text of an entry: may be empty, at most {@value #MAX_CODE_POINTS} characters (code points), no NUL
 * character (PostgreSQL text cannot hold one).
 */
public record EntryBody(String value) {

    public static final int MAX_CODE_POINTS = 100_000;

    public EntryBody {
        if (value == null) {
            value = "";
        }
        // Cheap guard first: a string longer in chars than the limit in code points times two cannot fit.
        if (value.length() > 2 * MAX_CODE_POINTS || value.codePointCount(0, value.length()) > MAX_CODE_POINTS) {
            throw new InvalidValueException("body", "Body must be at most " + MAX_CODE_POINTS + " characters.");
        }
        if (value.indexOf('\u0000') >= 0) {
            throw new InvalidValueException("body", "Body must not contain the NUL character.");
        }
    }
}
