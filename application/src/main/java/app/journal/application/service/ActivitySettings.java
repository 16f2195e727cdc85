package app.journal.application.service;

import java.time.Duration;
import java.util.Objects;

/**
 * The security activity and the account notices it causes, as configured.
 *
 * @param retention how far back the activity is listed, and the age at which rows are purged
 * @param refusedSignInWindow refused sign-ins of one account are counted into one row per window this long
 */
public record ActivitySettings(Duration retention, Duration refusedSignInWindow, Notices notices) {

    public ActivitySettings {
        Objects.requireNonNull(notices, "notices");
        if (retention.isNegative() || retention.isZero() || refusedSignInWindow.isNegative()
                || refusedSignInWindow.isZero()) {
            throw new IllegalArgumentException("retention and the refused sign-in window must be positive");
        }
    }

    /** Which account notices are mailed (each can be switched off). */
    public record Notices(boolean newDevice, boolean refreshReplayed, boolean othersSignedOut) {

        public static final Notices ALL = new Notices(true, true, true);
    }

    public static ActivitySettings defaults() {
        return new ActivitySettings(Duration.ofDays(90), Duration.ofHours(1), Notices.ALL);
    }
}
