package app.journal.webui.api;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import app.journal.webui.api.admin.AdminUserDetail;
import app.journal.webui.api.admin.AdminUserPage;
import app.journal.webui.api.admin.AuditPage;

/**
 * The administrators' calls ({@code /api/admin/**}). Bound to the client whose {@link BearerRenewal} adds the
 * bearer token and renews it on {@code 401}, like {@link AccountEndpoints}. The audit CSV is streamed and so not
 * here ({@link AdminAuditCsv}).
 */
@HttpExchange(url = "/api/admin", accept = {"application/json", "application/problem+json"})
interface AdminEndpoints {

    @GetExchange("/users")
    AdminUserPage users(@RequestParam(name = "q", required = false) @Nullable String query,
            @RequestParam("match") String match,
            @RequestParam(name = "filter", required = false) @Nullable String filter,
            @RequestParam("sort") String sort, @RequestParam("dir") String dir,
            @RequestParam("page") int page, @RequestParam("size") int size);

    @GetExchange("/users/{id}")
    AdminUserDetail user(@PathVariable("id") UUID id);

    @PostExchange(url = "/users/{id}/sign-out", contentType = "application/json")
    void signOut(@PathVariable("id") UUID id, @RequestBody AuthRequests.AdminSignOut request);

    @PostExchange(url = "/users/{id}/disable", contentType = "application/json")
    void disable(@PathVariable("id") UUID id, @RequestBody AuthRequests.AdminReason reason);

    @PostExchange("/users/{id}/enable")
    void enable(@PathVariable("id") UUID id);

    @PostExchange("/users/{id}/reset-second-factor")
    void resetSecondFactor(@PathVariable("id") UUID id);

    @PostExchange("/users/{id}/password-reset-mail")
    void passwordResetMail(@PathVariable("id") UUID id);

    @PostExchange("/users/{id}/verification-mail")
    void verificationMail(@PathVariable("id") UUID id);

    /** {@code DELETE} with a body: the account's address typed again confirms it. */
    @HttpExchange(method = "DELETE", url = "/users/{id}", contentType = "application/json")
    void delete(@PathVariable("id") UUID id, @RequestBody AuthRequests.AdminDeleteConfirmation confirmation);

    @PostExchange("/users/{id}/admin")
    void grantAdmin(@PathVariable("id") UUID id);

    @DeleteExchange("/users/{id}/admin")
    void revokeAdmin(@PathVariable("id") UUID id);

    @GetExchange("/audit")
    AuditPage audit(@RequestParam(name = "actor", required = false) @Nullable String actor,
            @RequestParam(name = "target", required = false) @Nullable String target,
            @RequestParam(name = "action", required = false) @Nullable String action,
            @RequestParam(name = "from", required = false) @Nullable String from,
            @RequestParam(name = "to", required = false) @Nullable String to,
            @RequestParam("page") int page, @RequestParam("size") int size);
}
