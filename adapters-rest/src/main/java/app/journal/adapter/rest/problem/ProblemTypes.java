package app.journal.adapter.rest.problem;

import java.net.URI;

/**
 * The stable {@code type} of every problem Journal answers with (RFC 9457). Clients branch on these,
 * never on {@code title} or {@code detail}.
 */
public final class ProblemTypes {

    public static final URI INVALID_INPUT = of("invalid-input");
    public static final URI MALFORMED_REQUEST = of("malformed-request");
    public static final URI REQUEST_TOO_LARGE = of("request-too-large");
    public static final URI NOT_FOUND = of("not-found");
    public static final URI METHOD_NOT_ALLOWED = of("method-not-allowed");
    public static final URI UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type");
    public static final URI NOT_ACCEPTABLE = of("not-acceptable");
    public static final URI UNAUTHORIZED = of("unauthorized");
    public static final URI INVALID_CREDENTIALS = of("invalid-credentials");
    public static final URI INVALID_REFRESH_TOKEN = of("invalid-refresh-token");
    /** A refresh of a session that its owner signed out from another device. */
    public static final URI SESSION_REVOKED = of("session-revoked");
    /** A refresh of a session whose account an administrator disabled (the owner is told why, and signs in no more). */
    public static final URI ACCOUNT_DISABLED = of("account-disabled");
    public static final URI VERIFICATION_LINK_USED = of("verification-link-used");
    public static final URI VERIFICATION_LINK_INVALID = of("verification-link-invalid");
    public static final URI FORBIDDEN = of("forbidden");
    /** A password reset link that is used, expired, superseded, tampered with or unknown: one answer for all. */
    public static final URI RESET_LINK_INVALID = of("reset-link-invalid");
    /** An email-change link that is used, expired, superseded, tampered with or unknown. */
    public static final URI EMAIL_CHANGE_LINK_INVALID = of("email-change-link-invalid");
    /** A cancel-email-change link that is used, expired, superseded, tampered with or unknown. */
    public static final URI EMAIL_CHANGE_CANCEL_LINK_INVALID = of("email-change-cancel-link-invalid");
    /** The address an email-change link confirms was taken by another account in the meantime. */
    public static final URI EMAIL_TAKEN = of("email-taken");
    /** A signed-in change named the wrong current password (a 400: 401 would mean "renew your token"). */
    public static final URI CURRENT_PASSWORD_INCORRECT = of("current-password-incorrect");
    /** A cookie-borne refresh or logout that failed Fetch Metadata or the CSRF token check. */
    public static final URI CSRF_CHECK_FAILED = of("csrf-check-failed");
    /** The second step's code (or recovery code) did not work; says nothing about the password. */
    public static final URI SECOND_STEP_FAILED = of("second-step-failed");
    /** The pending second step is unknown, expired, used or had too many wrong codes: sign in again. */
    public static final URI SECOND_STEP_EXPIRED = of("second-step-expired");
    /** A sensitive change needs this session to confirm it is its person first (member {@code methods}). */
    public static final URI REAUTHENTICATION_REQUIRED = of("reauthentication-required");
    public static final URI TWO_STEP_ALREADY_ENABLED = of("two-step-already-enabled");
    public static final URI TWO_STEP_NOT_ENABLED = of("two-step-not-enabled");
    /** Turning two-step verification on needs a setup first (POST /api/me/two-step/setup). */
    public static final URI TWO_STEP_SETUP_REQUIRED = of("two-step-setup-required");
    /** A passkey answer was not accepted (sign-in: 401; confirm it's you: 400); one answer for every reason. */
    public static final URI PASSKEY_FAILED = of("passkey-failed");
    /** The passkey's credential id is registered already (to this or another account). */
    public static final URI PASSKEY_ALREADY_REGISTERED = of("passkey-already-registered");
    /** Confirming with a passkey needs the account to have one. */
    public static final URI NO_PASSKEY = of("no-passkey");
    /** Removing it would leave the account no way to sign in (no password and this is its last passkey). */
    public static final URI LAST_SIGN_IN_METHOD = of("last-sign-in-method");
    /** An /api/admin route, and the caller's account does not hold the admin role now (or is disabled). */
    public static final URI ADMIN_ONLY = of("admin-only");
    /** An administrator without two-step verification and without a passkey (journal.admin.require-second-factor). */
    public static final URI ADMIN_NEEDS_SECOND_FACTOR = of("admin-needs-second-factor");
    /** Revoking the role (or disabling, or deleting) would leave no administrator. */
    public static final URI LAST_ADMIN = of("last-admin");
    public static final URI TOO_MANY_REQUESTS = of("too-many-requests");
    public static final URI SERVICE_BUSY = of("service-busy");
    /** The database cannot be reached or is too slow right now; try again after {@code Retry-After}. */
    public static final URI SERVICE_UNAVAILABLE = of("service-unavailable");
    public static final URI INTERNAL_ERROR = of("internal-error");
    public static final URI HTTP_ERROR = of("http-error");

    /**
     * An import file refused as a whole ({@code import-malformed}, {@code import-invalid-entry},
     * {@code import-too-many-entries}, {@code import-entry-too-large}); nothing of it was imported.
     */
    public static URI importRefused(app.journal.application.port.in.journal.ImportRefusedException.Reason reason) {
        return of(reason.slug());
    }

    private ProblemTypes() {}

    private static URI of(String slug) {
        return URI.create("urn:journal:problem:" + slug);
    }
}
