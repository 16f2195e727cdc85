package app.journal.application.service.admin;

import app.journal.application.service.AccountSettings;
import java.util.Objects;

/**
 * @param requireSecondFactor an administrator without two-step verification and without a passkey is refused
 * @param actionsPerAdmin how many changing actions one administrator may take per window
 */
public record AdminSettings(boolean requireSecondFactor, AccountSettings.Rule actionsPerAdmin) {

    public AdminSettings {
        Objects.requireNonNull(actionsPerAdmin, "actionsPerAdmin");
    }
}
