package app.journal.webui.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The API answered with an error status; carries the RFC 9457 problem detail so a view can show
 * {@link #detail()} and put each of {@link #fieldErrors()} next to its input field.
 */
public final class ApiProblemException extends JournalApiException {

    public static final String INVALID_INPUT = "urn:journal:problem:invalid-input";
    public static final String NOT_FOUND = "urn:journal:problem:not-found";

    private final int status;
    private final String type;
    private final String title;
    private final String detail;
    private final List<FieldError> fieldErrors;
    private final boolean documented;

    /** A problem the web UI itself concludes, without a problem document from the API. */
    ApiProblemException(int status, @Nullable String title, @Nullable String detail) {
        this(status, null, title, detail, null, false);
    }

    ApiProblemException(int status, @Nullable String type, @Nullable String title, @Nullable String detail,
            @Nullable List<FieldError> fieldErrors, boolean documented) {
        super(messageFor(status, title, detail));
        this.documented = documented;
        this.status = status;
        this.type = type == null || type.isBlank() ? "about:blank" : type;
        this.title = title == null ? "" : title;
        this.detail = detail == null ? "" : detail;
        this.fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
    }

    private static String messageFor(int status, @Nullable String title, @Nullable String detail) {
        if (detail != null && !detail.isBlank()) {
            return detail;
        }
        if (title != null && !title.isBlank()) {
            return title;
        }
        return "The journal service answered with an error (HTTP " + status + ").";
    }

    public int status() {
        return status;
    }

    /** The problem type URI, {@code about:blank} when the answer had none. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** The explanation for a person; empty when the API gave none (then {@link #getMessage()} still says something). */
    public String detail() {
        return detail;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** The first message the API gave for the named input field, if any. */
    public Optional<String> messageFor(String field) {
        Objects.requireNonNull(field, "field");
        return fieldErrors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst();
    }

    /**
     * Whether the API explained itself with an RFC 9457 document; an error page from something else on
     * the way (a proxy, a wrong base URL) has none.
     */
    public boolean hasProblemDocument() {
        return documented;
    }

    public boolean isNotFound() {
        return status == 404;
    }
}
