package app.journal.adapter.rest.admin;

import app.journal.adapter.rest.admin.AdminRequests.DeleteRequest;
import app.journal.adapter.rest.admin.AdminRequests.DisableRequest;
import app.journal.adapter.rest.admin.AdminRequests.SignOutRequest;
import app.journal.application.port.in.admin.AdminActions;
import app.journal.application.port.in.admin.AdminCaller;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What administrators change. Every action needs a confirmed session (403 reauthentication-required otherwise,
 * then POST /api/me/confirm), counts against admin-actions-per-admin and is in the audit log.
 */
@RestController
class AdminActionsController {

    // With a body, the AdminCaller comes after it: a body that is not JSON, malformed or too large is refused as
    // such (415/400/413) before the caller is looked at, as on every other route.

    private final AdminActions actions;

    AdminActionsController(AdminActions actions) {
        this.actions = actions;
    }

    @PostMapping("/api/admin/users/{id}/sign-out")
    @Operation(summary = "Administrators: signs one device (sessionId) or every device of the account out")
    ResponseEntity<Void> signOut(@PathVariable UUID id, @RequestBody(required = false) @Nullable SignOutRequest request,
            @Parameter(hidden = true) AdminCaller admin) {
        var sessionId = request == null || request.sessionId() == null ? null : new SessionId(request.sessionId());
        actions.signOut(admin, new UserId(id), sessionId, request == null ? null : request.reason());
        return noContent();
    }

    @PostMapping("/api/admin/users/{id}/disable")
    @Operation(summary = "Administrators: disables the account (reason required): every session ends, pending "
            + "links are void, the person is mailed")
    ResponseEntity<Void> disable(@PathVariable UUID id, @RequestBody(required = false) @Nullable DisableRequest request,
            @Parameter(hidden = true) AdminCaller admin) {
        actions.disable(admin, new UserId(id), request == null ? null : request.reason());
        return noContent();
    }

    @PostMapping("/api/admin/users/{id}/enable")
    @Operation(summary = "Administrators: enables a disabled account again; the person is mailed")
    ResponseEntity<Void> enable(@Parameter(hidden = true) AdminCaller admin, @PathVariable UUID id) {
        actions.enable(admin, new UserId(id));
        return noContent();
    }

    @PostMapping("/api/admin/users/{id}/reset-second-factor")
    @Operation(summary = "Administrators: turns two-step verification off and removes recovery codes and passkeys")
    ResponseEntity<Void> resetSecondFactor(@Parameter(hidden = true) AdminCaller admin, @PathVariable UUID id) {
        actions.resetSecondFactor(admin, new UserId(id));
        return noContent();
    }

    @PostMapping("/api/admin/users/{id}/password-reset-mail")
    @Operation(summary = "Administrators: mails the account a password reset link (202)")
    ResponseEntity<Void> passwordResetMail(@Parameter(hidden = true) AdminCaller admin, @PathVariable UUID id) {
        actions.sendPasswordReset(admin, new UserId(id));
        return ResponseEntity.accepted().cacheControl(CacheControl.noStore()).build();
    }

    @PostMapping("/api/admin/users/{id}/verification-mail")
    @Operation(summary = "Administrators: mails the account a verification link if its address is not verified (202)")
    ResponseEntity<Void> verificationMail(@Parameter(hidden = true) AdminCaller admin, @PathVariable UUID id) {
        actions.sendVerification(admin, new UserId(id));
        return ResponseEntity.accepted().cacheControl(CacheControl.noStore()).build();
    }

    @DeleteMapping(value = "/api/admin/users/{id}", consumes = "application/json")
    @Operation(summary = "Administrators: deletes the account (confirmEmail must be its address), as its owner would")
    ResponseEntity<Void> delete(@PathVariable UUID id, @RequestBody DeleteRequest request,
            @Parameter(hidden = true) AdminCaller admin) {
        actions.delete(admin, new UserId(id), request.confirmEmail());
        return noContent();
    }

    @PostMapping("/api/admin/users/{id}/admin")
    @Operation(summary = "Administrators: makes the account an administrator")
    ResponseEntity<Void> grant(@Parameter(hidden = true) AdminCaller admin, @PathVariable UUID id) {
        actions.grantAdmin(admin, new UserId(id));
        return noContent();
    }

    @DeleteMapping("/api/admin/users/{id}/admin")
    @Operation(summary = "Administrators: takes the admin role away (409 last-admin for the last one)")
    ResponseEntity<Void> revoke(@Parameter(hidden = true) AdminCaller admin, @PathVariable UUID id) {
        actions.revokeAdmin(admin, new UserId(id));
        return noContent();
    }

    private static ResponseEntity<Void> noContent() {
        return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).build();
    }
}
