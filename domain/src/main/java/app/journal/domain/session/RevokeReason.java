package app.journal.domain.session;

import java.util.Locale;

public enum RevokeReason {
    /** The user signed out with this session. */
    LOGOUT,
    /** The user revoked the session from their list of devices. */
    USER_REVOKED,
    /** A refresh token that had already been rotated was presented again. */
    REUSE_DETECTED,
    /** The password was changed while signed in: every other session ends. */
    PASSWORD_CHANGED,
    /** The password was reset through a mailed link: every session ends. */
    PASSWORD_RESET;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RevokeReason fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
