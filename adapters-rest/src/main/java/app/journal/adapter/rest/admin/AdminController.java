package app.journal.adapter.rest.admin;

import app.journal.adapter.rest.admin.AdminResponses.AccountResponse;
import app.journal.adapter.rest.admin.AdminResponses.AuditResponse;
import app.journal.adapter.rest.admin.AdminResponses.UsersResponse;
import app.journal.application.port.PageRequest;
import app.journal.application.port.in.admin.AdminCaller;
import app.journal.application.port.in.admin.AdminQueries;
import app.journal.application.port.out.DeviceNames;
import app.journal.domain.user.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;

/** What administrators read: the accounts, one account (never its journal), the audit log. Every answer no-store. */
@RestController
class AdminController {

    private final AdminQueries queries;
    private final DeviceNames devices;

    AdminController(AdminQueries queries, DeviceNames devices) {
        this.queries = queries;
        this.devices = devices;
    }

    @GetMapping("/api/admin/users")
    @Operation(summary = "Administrators: accounts, searched (q, match=prefix|contains), filtered "
            + "(unverified|disabled|two-step|no-two-step), sorted (email|created|lastSignIn, asc|desc), paged",
            description = "total counts the matches up to journal.admin.count-limit (10 000 by default); past it, "
                    + "total is that limit and totalCapped is true (\"more than total\"), and later pages still answer.")
    ResponseEntity<UsersResponse> users(@Parameter(hidden = true) AdminCaller admin, @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String match, @RequestParam(required = false) @Nullable String filter,
            @RequestParam(required = false) @Nullable String sort, @RequestParam(required = false) @Nullable String dir,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        var rows = queries.users(admin, AdminParameters.search(q, match, filter, sort, dir), new PageRequest(page, size));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(UsersResponse.from(rows));
    }

    @GetMapping("/api/admin/users/{id}")
    @Operation(summary = "Administrators: one account, its factors, devices and recent security activity (never its entries)")
    ResponseEntity<AccountResponse> account(@Parameter(hidden = true) AdminCaller admin, @PathVariable UUID id) {
        var account = queries.account(admin, new UserId(id));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(AccountResponse.from(account, devices));
    }

    @GetMapping("/api/admin/audit")
    @Operation(summary = "Administrators: the audit log, newest first, filtered (actor, target, action, from, to), paged")
    ResponseEntity<AuditResponse> audit(@Parameter(hidden = true) AdminCaller admin,
            @RequestParam(required = false) @Nullable String actor, @RequestParam(required = false) @Nullable String target,
            @RequestParam(required = false) @Nullable String action, @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var entries = queries.audit(admin, AdminParameters.audit(actor, target, action, from, to),
                new PageRequest(page, size));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(AuditResponse.from(entries));
    }

    /**
     * Written row by row to the response as the database hands them over (a cursor, in one transaction), on the
     * request's own thread: an async body would be dispatched again, where the stateless security context is gone.
     */
    @GetMapping(path = "/api/admin/audit.csv", produces = "text/csv")
    @Operation(summary = "Administrators: the audit log as CSV, same filters, streamed; cells that a spreadsheet "
            + "would read as a formula start with '")
    void auditCsv(@Parameter(hidden = true) AdminCaller admin,
            @RequestParam(required = false) @Nullable String actor, @RequestParam(required = false) @Nullable String target,
            @RequestParam(required = false) @Nullable String action, @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to, HttpServletResponse response) throws IOException {
        var filter = AdminParameters.audit(actor, target, action, from, to);
        response.setStatus(200);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"journal-admin-audit.csv\"");
        var writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        writer.write(AuditCsv.HEADER);
        queries.auditEach(admin, filter, entry -> {
            try {
                writer.write(AuditCsv.row(entry));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.flush();
    }
}
