package app.journal.adapter.rest.admin;

import app.journal.adapter.rest.sessions.ActivityPageResponse;
import app.journal.adapter.rest.sessions.ActivityResponse;
import app.journal.application.port.Page;
import app.journal.application.port.in.admin.AdminQueries;
import app.journal.application.port.out.AdminAudit;
import app.journal.application.port.out.AdminDirectory;
import app.journal.application.port.out.DeviceNames;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The administrators' answers. None carries an entry, a title, a body or a count of entries. */
final class AdminResponses {

    private AdminResponses() {}

    record UserResponse(UUID id, String email, Instant createdAt, @Nullable Instant lastSignInAt, boolean verified,
            boolean twoStep, int passkeys, boolean disabled, boolean admin, int activeSessions) {

        static UserResponse from(AdminDirectory.Row row) {
            return new UserResponse(row.id().value(), row.email(), row.createdAt(), row.lastSignInAt(), row.verified(),
                    row.twoStep(), row.passkeys(), row.disabled(), row.admin(), row.activeSessions());
        }
    }

    /**
     * {@code total} is exact unless {@code totalCapped}: then the search finds more accounts than {@code total}
     * ({@code journal.admin.count-limit}), and the pages past it can still be asked for.
     */
    record UsersResponse(List<UserResponse> users, int page, int size, long total, boolean totalCapped) {

        static UsersResponse from(AdminDirectory.Listing listing) {
            var page = listing.page();
            return new UsersResponse(page.items().stream().map(UserResponse::from).toList(), page.page(), page.size(),
                    page.totalItems(), listing.totalCapped());
        }
    }

    record PasskeyResponse(String name, Instant createdAt, @Nullable Instant lastUsedAt) {}

    record FactorsResponse(boolean twoStep, int recoveryCodesLeft, List<PasskeyResponse> passkeys) {}

    /** A device as GET /api/sessions shows it, without {@code current}. */
    record DeviceResponse(UUID id, Instant createdAt, Instant lastUsedAt, Instant expiresAt, @Nullable String userAgent,
            String device, @Nullable String clientIp) {}

    /** Why and when the account was disabled, and by whom (its audit row); absent while it is enabled. */
    record DisabledResponse(Instant at, String by, @Nullable String reason) {}

    record AccountResponse(UserResponse account, FactorsResponse factors, List<DeviceResponse> devices,
            ActivityPageResponse activity, @Nullable DisabledResponse disabled) {

        static AccountResponse from(AdminQueries.Account account, DeviceNames names) {
            var passkeys = account.passkeys().stream()
                    .map(p -> new PasskeyResponse(p.name().value(), p.createdAt(), p.lastUsedAt())).toList();
            var devices = account.devices().stream()
                    .map(s -> new DeviceResponse(s.id().value(), s.createdAt(), s.lastUsedAt(), s.expiresAt(),
                            s.userAgent(), names.describe(s.userAgent()), s.clientIp()))
                    .toList();
            return new AccountResponse(UserResponse.from(account.row()),
                    new FactorsResponse(account.twoStep(), account.recoveryCodesLeft(), passkeys), devices,
                    ActivityPageResponse.from(account.activity().map(ActivityResponse::from)),
                    account.disabled() == null ? null : new DisabledResponse(account.disabled().at(),
                            account.disabled().actorEmail(), account.disabled().reason()));
        }
    }

    record AuditEntryResponse(UUID id, Instant at, String actorEmail, String action, @Nullable String targetEmail,
            @Nullable String reason, @Nullable String clientIp) {

        static AuditEntryResponse from(AdminAudit.Entry e) {
            return new AuditEntryResponse(e.id(), e.at(), e.actorEmail(), e.action(), e.targetEmail(), e.reason(),
                    e.clientIp());
        }
    }

    record AuditResponse(List<AuditEntryResponse> entries, int page, int size, long total) {

        static AuditResponse from(Page<AdminAudit.Entry> page) {
            return new AuditResponse(page.items().stream().map(AuditEntryResponse::from).toList(), page.page(),
                    page.size(), page.totalItems());
        }
    }
}
