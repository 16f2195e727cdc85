package app.journal.domain.activity;

import java.util.Locale;

/** What happened to an account; {@link #code()} is the stable name in the API and the database. */
public enum ActivityKind {
    /** A session started (with the password, or with a passkey: then a {@link #PASSKEY_SIGNED_IN} row too). */
    SIGNED_IN,
    /** Sign-ins refused for this account (wrong password, unverified, disabled), counted per window. */
    SIGN_IN_REFUSED,
    /** A session was ended by its own device. */
    SIGNED_OUT,
    /** A session was signed out from another device of the account. */
    SESSION_REVOKED,
    /** Every other session of the account was signed out from one device. */
    OTHER_SESSIONS_REVOKED,
    /** An old refresh token of a session was presented again: that session was signed out. */
    REFRESH_TOKEN_REPLAYED,
    /** The account's address was confirmed. */
    EMAIL_VERIFIED,
    /** The password was changed while signed in (the other sessions were signed out). */
    PASSWORD_CHANGED,
    /** The password was set through a reset link (every session was signed out). */
    PASSWORD_RESET,
    /** A change of address was asked for; it happens only when the new address confirms. */
    EMAIL_CHANGE_REQUESTED,
    /** A pending change of address was cancelled with the link mailed to the current address. */
    EMAIL_CHANGE_CANCELLED,
    /** The new address confirmed: the account now uses it. */
    EMAIL_CHANGED,
    /** Two-step verification was turned on (an authenticator app's code is now needed after the password). */
    TWO_STEP_ENABLED,
    /** Two-step verification was turned off. */
    TWO_STEP_DISABLED,
    /** A new set of recovery codes was made; the earlier set is void. */
    RECOVERY_CODES_GENERATED,
    /** A recovery code stood in for the authenticator app's code. */
    RECOVERY_CODE_USED,
    /** The password was right, but the second step failed again and again: someone else may know it. */
    SECOND_STEP_FAILED_REPEATEDLY,
    /** The person confirmed it is them before a sensitive change ("confirm it's you"). */
    IDENTITY_CONFIRMED,
    /** A browser trusted to skip the second step was removed. */
    TRUSTED_BROWSER_REMOVED,
    /** A passkey was added to the account. */
    PASSKEY_ADDED,
    /** A passkey was removed from the account. */
    PASSKEY_REMOVED,
    /** A passkey was renamed. */
    PASSKEY_RENAMED,
    /**
     * A passkey signed in; recorded beside the session's {@link #SIGNED_IN} row (same session), which stays the
     * one row every sign-in has, so the device history and the new-device notice work for every method alike.
     */
    PASSKEY_SIGNED_IN,
    /** A sign-in with a passkey was refused: its signature counter went backwards (perhaps a cloned authenticator). */
    PASSKEY_COUNTER_REGRESSED,
    /** An administrator signed one device, or every device, of the account out. */
    ADMIN_SIGNED_OUT,
    /** An administrator disabled the account: every session ended, no sign-in until it is enabled. */
    ADMIN_DISABLED,
    /** An administrator enabled the account again. */
    ADMIN_ENABLED,
    /** An administrator turned two-step verification off and removed every recovery code and passkey. */
    ADMIN_RESET_SECOND_FACTOR,
    /** An administrator sent the account a password reset link. */
    ADMIN_PASSWORD_RESET_MAIL,
    /** Entries were imported from an export file; the row's count is how many were added. */
    JOURNAL_IMPORTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ActivityKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
