package app.journal.domain.session;

import java.util.Locale;

public enum RevokeReason {
    /** The user signed out with this session. */
    LOGOUT(false),
    /** The user revoked the session from their list of devices. */
    USER_REVOKED(true),
    /** A refresh token that had already been rotated was presented again. */
    REUSE_DETECTED(false),
    /** The password was changed while signed in: every other session ends. */
    PASSWORD_CHANGED(true),
    /** The password was reset through a mailed link: every session ends. */
    PASSWORD_RESET(true),
    /** The account was deleted: every session ends with it (and its row goes with the account). */
    ACCOUNT_DELETED(false),
    /** An administrator signed the session out, or disabled the account (issue 17). */
    ADMIN_REVOKED(false);

    private final boolean byHolderElsewhere;

    RevokeReason(boolean byHolderElsewhere) {
        this.byHolderElsewhere = byHolderElsewhere;
    }

    /**
     * Ended on purpose by the account holder somewhere else (a device list, a password change or reset):
     * the device is told it was signed out elsewhere, not that something went wrong.
     */
    public boolean byHolderElsewhere() {
        return byHolderElsewhere;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RevokeReason fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
