package app.journal.webui.api.admin;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import app.journal.webui.api.account.ActivityItem;
import app.journal.webui.api.account.ActivityPage;
import app.journal.webui.api.devices.DeviceSession;

/**
 * One account as {@code GET /api/admin/users/{id}} describes it to an administrator: the account, its factors,
 * its signed-in devices and its recent security activity. Never its entries: the API has none to give here.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdminUserDetail(AdminUser account, Factors factors, List<DeviceSession> devices,
        List<ActivityItem> activity, @Nullable Disabled disabled) {

    public AdminUserDetail(AdminUser account, @Nullable Factors factors, @Nullable List<DeviceSession> devices,
            @Nullable List<ActivityItem> activity, @Nullable Disabled disabled) {
        this.account = account;
        this.disabled = disabled;
        this.factors = factors == null ? new Factors(account.twoStep(), 0, List.of()) : factors;
        this.devices = devices == null ? List.of() : List.copyOf(devices);
        this.activity = activity == null ? List.of() : List.copyOf(activity);
    }

    /**
     * From the API's JSON: the recent activity is the first page of the person's own activity
     * ({@code {"items":[...],...}}); its devices are those of {@code GET /api/sessions} without {@code current} (none of
     * them is this browser's), and its flags may be missing.
     */
    @JsonCreator
    static AdminUserDetail fromJson(@JsonProperty("account") AdminUser account,
            @JsonProperty("factors") @Nullable Factors factors, @JsonProperty("devices") @Nullable List<Device> devices,
            @JsonProperty("activity") @Nullable ActivityPage activity,
            @JsonProperty("disabled") @Nullable Disabled disabled) {
        return new AdminUserDetail(account, factors,
                devices == null ? null : devices.stream().map(Device::asSession).toList(),
                activity == null ? null : activity.items(), disabled);
    }

    /** When, by whom and why the account was disabled (its audit row), while it is disabled. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Disabled(@Nullable Instant at, @Nullable String by, @Nullable String reason) {}

    /** A signed-in device of the account as the API lists it to an administrator. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Device(UUID id, @Nullable Instant createdAt, @Nullable Instant lastUsedAt, @Nullable Instant expiresAt,
            @Nullable String userAgent, @Nullable String device, @Nullable String clientIp) {

        DeviceSession asSession() {
            return new DeviceSession(id, createdAt, lastUsedAt, expiresAt, userAgent, device, clientIp, false);
        }
    }

    /** Two-step verification, how many recovery codes are left, and the passkeys by name. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Factors(boolean twoStep, int recoveryCodesLeft, List<PasskeyName> passkeys) {

        public Factors(boolean twoStep, int recoveryCodesLeft, @Nullable List<PasskeyName> passkeys) {
            this.twoStep = twoStep;
            this.recoveryCodesLeft = Math.max(0, recoveryCodesLeft);
            this.passkeys = passkeys == null ? List.of() : List.copyOf(passkeys);
        }

        @JsonCreator
        static Factors fromJson(@JsonProperty("twoStep") @Nullable Boolean twoStep,
                @JsonProperty("recoveryCodesLeft") @Nullable Integer recoveryCodesLeft,
                @JsonProperty("passkeys") @Nullable List<PasskeyName> passkeys) {
            return new Factors(Boolean.TRUE.equals(twoStep), recoveryCodesLeft == null ? 0 : recoveryCodesLeft,
                    passkeys);
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
