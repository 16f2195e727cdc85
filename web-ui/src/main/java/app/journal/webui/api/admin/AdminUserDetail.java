package app.journal.webui.api.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import app.journal.webui.api.account.ActivityItem;
import app.journal.webui.api.devices.DeviceSession;

/**
 * One account as {@code GET /api/admin/users/{id}} describes it to an administrator: the account, its factors,
 * its signed-in devices and its recent security activity. Never its entries: the API has none to give here.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdminUserDetail(AdminUser account, Factors factors, List<DeviceSession> devices,
        List<ActivityItem> activity) {

    public AdminUserDetail(AdminUser account, @Nullable Factors factors, @Nullable List<DeviceSession> devices,
            @Nullable List<ActivityItem> activity) {
        this.account = account;
        this.factors = factors == null ? new Factors(account.twoStep(), 0, List.of()) : factors;
        this.devices = devices == null ? List.of() : List.copyOf(devices);
        this.activity = activity == null ? List.of() : List.copyOf(activity);
    }

    /** Two-step verification, how many recovery codes are left, and the passkeys by name. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Factors(boolean twoStep, int recoveryCodesLeft, List<PasskeyName> passkeys) {

        public Factors(boolean twoStep, int recoveryCodesLeft, @Nullable List<PasskeyName> passkeys) {
            this.twoStep = twoStep;
            this.recoveryCodesLeft = Math.max(0, recoveryCodesLeft);
            this.passkeys = passkeys == null ? List.of() : List.copyOf(passkeys);
        }
    }

    /** A passkey of the account as an administrator sees it: its name and when it was made and used. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PasskeyName(String name, @Nullable Instant createdAt, @Nullable Instant lastUsedAt) {

        public PasskeyName {
            name = name == null || name.isBlank() ? "Passkey" : name.strip();
        }
    }
}
