package app.journal.domain.entry;

import app.journal.domain.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * What a person typed into the search field, in PostgreSQL's {@code websearch_to_tsquery} grammar (phrases in
 * quotes, {@code -word} excludes, {@code or}). At most {@value #MAX_CODE_POINTS} characters, not blank, no NUL.
 *
 * <p>Search runs as the person types, so the last word is usually unfinished: when the query ends in a plain
 * word (letters and digits only, not inside an open quote, not negated, not {@code or}), that word is split off
 * as {@link #prefix()} and matched as a prefix of a stem; the rest is {@link #head()}. "jour" finds "journal".
 *
 * @see "docs/decisions/0027-search-and-time.md"
 */
public record SearchQuery(String value) {

    public static final int MAX_CODE_POINTS = 200;

    public SearchQuery {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("q", "The search must not be empty.");
        }
        value = value.strip();
        if (value.codePointCount(0, value.length()) > MAX_CODE_POINTS) {
            throw new InvalidValueException("q", "The search must be at most " + MAX_CODE_POINTS + " characters.");
        }
        if (value.indexOf('\u0000') >= 0) {
            throw new InvalidValueException("q", "The search must not contain the NUL character.");
        }
    }

    /**
     * The query without its unfinished last word (and without an "or" right before it, see {@link #prefixAfterOr()});
     * the whole query when there is none.
     */
    public String head() {
        int start = prefixStart();
        if (start < 0) {
            return value;
        }
        String head = value.substring(0, start).strip();
        return prefixAfterOr() ? head.substring(0, head.length() - 2).strip() : head;
    }

    /** Whether the prefix word is an alternative to the head ("bread or cof"), not a further condition. */
    public boolean prefixAfterOr() {
        int start = prefixStart();
        if (start < 0) {
            return false;
        }
        String head = value.substring(0, start).strip().toLowerCase(java.util.Locale.ROOT);
        return head.endsWith(" or") && head.length() > 3;
    }

    /** The last word to match as a prefix, or null when the query does not end in a plain word. */
    public @Nullable String prefix() {
        int start = prefixStart();
        return start < 0 ? null : value.substring(start);
    }

    private int prefixStart() {
        int start = value.length();
        while (start > 0 && Character.isLetterOrDigit(value.charAt(start - 1))) {
            start--;
        }
        if (start == value.length()) {
            return -1;
        }
        if (start > 0 && !Character.isWhitespace(value.charAt(start - 1))) {
            return -1; // "-word", "\"word", "e-mail": not a plain word
        }
        if (value.chars().filter(c -> c == '"').count() % 2 != 0) {
            return -1; // inside an open phrase
        }
        if (value.substring(start).equalsIgnoreCase("or")) {
            return -1;
        }
        return start;
    }
}
