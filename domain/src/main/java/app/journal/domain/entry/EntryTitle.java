package app.journal.domain.entry;

import app.journal.domain.InvalidValueException;

/**
 * A title: trimmed, not empty, at most {@value #MAX_CODE_POINTS} characters (code points), and no NUL
 * character (PostgreSQL text cannot hold one: it was a 500 before the fuzz tests found it).
 */
public record EntryTitle(String value) {

    public static final int MAX_CODE_POINTS = 200;

    public EntryTitle {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("title", "Title must not be empty.");
        }
        value = value.strip();
        if (value.codePointCount(0, value.length()) > MAX_CODE_POINTS) {
            throw new InvalidValueException("title", "Title must be at most " + MAX_CODE_POINTS + " characters.");
        }
        if (value.indexOf('\u0000') >= 0) {
            throw new InvalidValueException("title", "Title must not contain the NUL character.");
        }
    }
}
