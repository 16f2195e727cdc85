package app.journal.webui.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import app.journal.webui.api.account.ExportSink;
import app.journal.webui.api.admin.AdminUserDetail;
import app.journal.webui.api.admin.AdminUserPage;
import app.journal.webui.api.admin.AuditFilter;
import app.journal.webui.api.admin.AuditPage;
import app.journal.webui.api.admin.UserSearch;

/**
 * The administrators' area as the web UI asks the API for it ({@code /api/admin/**}), obtained from
 * {@link JournalApiClient#admin()}. The API decides who may: a signed-in person who is no administrator gets
 * {@code 403} {@link ApiProblemException#ADMIN_ONLY}, an administrator without a second factor
 * {@link ApiProblemException#ADMIN_NEEDS_SECOND_FACTOR}; every change needs a fresh confirmation and throws
 * {@link ReauthenticationRequired} without one. Accounts only: nothing here reads an entry.
 */
public final class Administration {

    /** The largest page the API serves. */
    public static final int MAX_PAGE_SIZE = 100;

    private final AdminEndpoints admin;
    private final AdminAuditCsv csv;

    Administration(AdminEndpoints admin, AdminAuditCsv csv) {
        this.admin = Objects.requireNonNull(admin, "admin");
        this.csv = Objects.requireNonNull(csv, "csv");
    }

    /** {@code GET /api/admin/users}: one page of the accounts the search finds. */
    public AdminUserPage users(UserSearch search, int page, int size) {
        Objects.requireNonNull(search, "search");
        checkPage(page, size);
        UserSearch.Filter filter = search.filter();
        return ApiCalls.required(ApiCalls.call(() -> admin.users(search.query(), search.match().parameter(),
                filter == null ? null : filter.parameter(), search.sort().parameter(),
                search.ascending() ? "asc" : "desc", page, size)));
    }

    /** {@code GET /api/admin/users/{id}}: the account, its factors, devices and recent activity. */
    public AdminUserDetail user(UUID id) {
        Objects.requireNonNull(id, "id");
        return ApiCalls.required(ApiCalls.call(() -> admin.user(id)));
    }

    /**
     * {@code POST /api/admin/users/{id}/sign-out}.
     *
     * @param sessionId the device to sign out, or {@code null} for every one
     */
    public void signOut(UUID id, @Nullable UUID sessionId) {
        Objects.requireNonNull(id, "id");
        ApiCalls.run(() -> admin.signOut(id, new AuthRequests.AdminSignOut(sessionId, null)));
    }

    /** {@code POST /api/admin/users/{id}/disable}: a reason is required (the API says when it is not good). */
    public void disable(UUID id, String reason) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
        ApiCalls.run(() -> admin.disable(id, new AuthRequests.AdminReason(reason.strip())));
    }

    /** {@code POST /api/admin/users/{id}/enable}. */
    public void enable(UUID id) {
        Objects.requireNonNull(id, "id");
        ApiCalls.run(() -> admin.enable(id));
    }

    /** {@code POST /api/admin/users/{id}/reset-second-factor}: two-step off, recovery codes and passkeys gone. */
    public void resetSecondFactor(UUID id) {
        Objects.requireNonNull(id, "id");
        ApiCalls.run(() -> admin.resetSecondFactor(id));
    }

    /** {@code POST /api/admin/users/{id}/password-reset-mail}. */
    public void sendPasswordResetMail(UUID id) {
        Objects.requireNonNull(id, "id");
        ApiCalls.run(() -> admin.passwordResetMail(id));
    }

    /** {@code POST /api/admin/users/{id}/verification-mail}. */
    public void sendVerificationMail(UUID id) {
        Objects.requireNonNull(id, "id");
        ApiCalls.run(() -> admin.verificationMail(id));
    }

    /**
     * {@code DELETE /api/admin/users/{id}}: the same deletion as the person's own.
     *
     * @param confirmEmail the account's address, typed again; the API refuses another
     */
    public void delete(UUID id, String confirmEmail) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(confirmEmail, "confirmEmail");
        ApiCalls.run(() -> admin.delete(id, new AuthRequests.AdminDeleteConfirmation(confirmEmail.strip())));
    }

    /** {@code POST /api/admin/users/{id}/admin}. */
    public void grantAdmin(UUID id) {
        Objects.requireNonNull(id, "id");
        ApiCalls.run(() -> admin.grantAdmin(id));
    }

    /**
     * {@code DELETE /api/admin/users/{id}/admin}.
     *
     * @throws ApiProblemException {@code 409} {@link ApiProblemException#LAST_ADMIN}
     */
    public void revokeAdmin(UUID id) {
        Objects.requireNonNull(id, "id");
        ApiCalls.run(() -> admin.revokeAdmin(id));
    }

    /** {@code GET /api/admin/audit}: one page of the audit log, newest first. */
    public AuditPage audit(AuditFilter filter, int page, int size) {
        Objects.requireNonNull(filter, "filter");
        checkPage(page, size);
        Map<String, String> p = auditParameters(filter);
        return ApiCalls.required(ApiCalls.call(() -> admin.audit(p.get("actor"), p.get("target"), p.get("action"),
                p.get("from"), p.get("to"), page, size)));
    }

    /**
     * {@code GET /api/admin/audit.csv}, streamed to {@code sink} as it arrives; the sink is opened only once the
     * API has answered {@code 200}.
     */
    public void downloadAuditCsv(AuditFilter filter, ExportSink sink) {
        csv.download(filter, sink);
    }

    /** The audit filters as query parameters, only those that are set. */
    static Map<String, String> auditParameters(AuditFilter filter) {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "actor", filter.actor());
        put(parameters, "target", filter.target());
        put(parameters, "action", filter.action());
        put(parameters, "from", filter.from() == null ? null : filter.from().toString());
        put(parameters, "to", filter.to() == null ? null : filter.to().toString());
        return parameters;
    }

    private static void put(Map<String, String> parameters, String name, @Nullable String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    private static void checkPage(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be >= 0 and size 1-" + MAX_PAGE_SIZE + ", but were "
                    + page + " and " + size);
        }
    }
}
