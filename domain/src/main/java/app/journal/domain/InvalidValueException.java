package app.journal.domain;

/**
 * A value that breaks a domain rule (an empty title, a malformed email address). Carries the name
 * of the offending field so that adapters can say exactly what is wrong without guessing.
 */
public final class InvalidValueException extends IllegalArgumentException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
