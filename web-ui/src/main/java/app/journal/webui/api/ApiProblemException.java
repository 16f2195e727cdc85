package app.journal.webui.api;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The API answered with an error status; carries the RFC 9457 problem detail so a view can show
 * {@link #detail()} and put each of {@link #fieldErrors()} next to its input field.
 */
public sealed class ApiProblemException extends JournalApiException permits ReauthenticationRequired {

    public static final String INVALID_INPUT = "urn:journal:problem:invalid-input";
    public static final String NOT_FOUND = "urn:journal:problem:not-found";
    public static final String INVALID_CREDENTIALS = "urn:journal:problem:invalid-credentials";
    public static final String INVALID_REFRESH_TOKEN = "urn:journal:problem:invalid-refresh-token";
    /** A refresh refused because the session was signed out from another device. */
    public static final String SESSION_REVOKED = "urn:journal:problem:session-revoked";
    public static final String VERIFICATION_LINK_USED = "urn:journal:problem:verification-link-used";
    public static final String VERIFICATION_LINK_INVALID = "urn:journal:problem:verification-link-invalid";
    public static final String RESET_LINK_INVALID = "urn:journal:problem:reset-link-invalid";
    public static final String EMAIL_CHANGE_LINK_INVALID = "urn:journal:problem:email-change-link-invalid";
    public static final String EMAIL_CHANGE_CANCEL_LINK_INVALID =
            "urn:journal:problem:email-change-cancel-link-invalid";
    public static final String EMAIL_TAKEN = "urn:journal:problem:email-taken";
    /** The current password given to confirm a change of password, address or a deletion is wrong. */
    public static final String CURRENT_PASSWORD_INCORRECT = "urn:journal:problem:current-password-incorrect";
    public static final String TOO_MANY_REQUESTS = "urn:journal:problem:too-many-requests";
    public static final String SERVICE_BUSY = "urn:journal:problem:service-busy";
    /** A code or recovery code that did not work (wrong, malformed or used): never says which part failed. */
    public static final String SECOND_STEP_FAILED = "urn:journal:problem:second-step-failed";
    /** The pending second sign-in step is unknown, expired, spent or had too many wrong codes. */
    public static final String SECOND_STEP_EXPIRED = "urn:journal:problem:second-step-expired";
    /** A sensitive change needs a fresh "confirm it's you" first: see {@link ReauthenticationRequired}. */
    public static final String REAUTHENTICATION_REQUIRED = "urn:journal:problem:reauthentication-required";
    public static final String TWO_STEP_ALREADY_ENABLED = "urn:journal:problem:two-step-already-enabled";
    public static final String TWO_STEP_NOT_ENABLED = "urn:journal:problem:two-step-not-enabled";
    public static final String TWO_STEP_SETUP_REQUIRED = "urn:journal:problem:two-step-setup-required";

    /** A passkey that did not sign in or confirm (unknown, another site's, no user verification, expired ceremony). */
    public static final String PASSKEY_FAILED = "urn:journal:problem:passkey-failed";
    /** Removing the account's last way to sign in (no password, last passkey). */
    /** A signed-in person who is no administrator asked for the administrators' area. */
    public static final String ADMIN_ONLY = "urn:journal:problem:admin-only";
    /** An administrator without two-step verification and without a passkey asked for the area. */
    public static final String ADMIN_NEEDS_SECOND_FACTOR = "urn:journal:problem:admin-needs-second-factor";
    /** The account was disabled by an administrator: its sessions ended and it cannot sign in. */
    public static final String ACCOUNT_DISABLED = "urn:journal:problem:account-disabled";
    /** The last administrator cannot lose the role. */
    public static final String LAST_ADMIN = "urn:journal:problem:last-admin";
    public static final String LAST_SIGN_IN_METHOD = "urn:journal:problem:last-sign-in-method";

    private final int status;
    private final String type;
    private final String title;
    private final String detail;
    private final List<FieldError> fieldErrors;
    private final boolean documented;
    private final @Nullable Duration retryAfter;

    /** A problem the web UI itself concludes, without a problem document from the API. */
    ApiProblemException(int status, @Nullable String title, @Nullable String detail) {
        this(status, null, title, detail, null, false, null);
    }

    ApiProblemException(int status, @Nullable String type, @Nullable String title, @Nullable String detail,
            @Nullable List<FieldError> fieldErrors, boolean documented, @Nullable Duration retryAfter) {
        super(messageFor(status, title, detail));
        this.documented = documented;
        this.retryAfter = retryAfter;
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

    /** Whether the problem has this {@code type}, for example {@link #INVALID_CREDENTIALS}. */
    public boolean is(String problemType) {
        return type.equals(problemType);
    }

    /** How long the API asked to wait before trying again ({@code Retry-After} in seconds), if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
