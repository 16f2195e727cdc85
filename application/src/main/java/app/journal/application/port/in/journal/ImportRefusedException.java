package app.journal.application.port.in.journal;

import java.util.Objects;

/**
 * An import file that cannot be brought in; nothing of it was written. {@link #reason()} is stable (the
 * problem type names it), the message says in words what is wrong and where.
 */
public final class ImportRefusedException extends RuntimeException {

    public enum Reason {
        /** Not JSON, truncated, not a zip, or not the shape of a Journal export. */
        MALFORMED("import-malformed"),
        /** An entry misses a field or holds a bad value (an empty title, a time that is no time, ...). */
        INVALID_ENTRY("import-invalid-entry"),
        /** More entries than one import may bring. */
        TOO_MANY_ENTRIES("import-too-many-entries"),
        /** A file inside the zip is larger than an entry can be (or the zip inflates past its limit). */
        ENTRY_TOO_LARGE("import-entry-too-large");

        private final String slug;

        Reason(String slug) {
            this.slug = slug;
        }

        /** The last part of the problem type, {@code urn:journal:problem:<slug>}. */
        public String slug() {
            return slug;
        }
    }

    private final Reason reason;

    public ImportRefusedException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public ImportRefusedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
