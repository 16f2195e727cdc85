package app.journal.application.service.admin;

import app.journal.application.service.AccountSettings;
import java.util.Objects;

/**
 * @param requireSecondFactor an administrator without two-step verification and without a passkey is refused
 * @param actionsPerAdmin how many changing actions one administrator may take per window
 * @param countLimit the accounts' list counts its matches up to this many, and says "more than" beyond
 */
public record AdminSettings(boolean requireSecondFactor, AccountSettings.Rule actionsPerAdmin, int countLimit) {

    /** The list's count limit when none is set. */
    public static final int DEFAULT_COUNT_LIMIT = 10_000;

    public AdminSettings {
        Objects.requireNonNull(actionsPerAdmin, "actionsPerAdmin");
        if (countLimit < 1) {
            throw new IllegalArgumentException("countLimit must be 1 or more");
        }
    }

    public AdminSettings(boolean requireSecondFactor, AccountSettings.Rule actionsPerAdmin) {
        this(requireSecondFactor, actionsPerAdmin, DEFAULT_COUNT_LIMIT);
    }
}
