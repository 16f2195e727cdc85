package app.journal.adapter.rest.mfa;

import app.journal.adapter.rest.auth.transport.TrustedBrowserCookie;
import app.journal.adapter.rest.mfa.TwoStepRequests.ConfirmRequest;
import app.journal.adapter.rest.mfa.TwoStepRequests.EnableRequest;
import app.journal.adapter.rest.mfa.TwoStepResponses.ConfirmedResponse;
import app.journal.adapter.rest.mfa.TwoStepResponses.RecoveryCodesResponse;
import app.journal.adapter.rest.mfa.TwoStepResponses.SecurityResponse;
import app.journal.adapter.rest.mfa.TwoStepResponses.SetupResponse;
import app.journal.adapter.rest.security.ClientAddresses;
import app.journal.adapter.rest.security.JournalPrincipal;
import app.journal.application.port.in.ClientInfo;
import app.journal.application.port.in.mfa.ConfirmIdentity;
import app.journal.application.port.in.mfa.ConfirmIdentity.ConfirmIdentityCommand;
import app.journal.application.port.in.mfa.ManagePasskeys;
import app.journal.application.port.in.mfa.ManageTwoStep;
import app.journal.application.port.in.session.RevokeSession.SessionNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Two-step verification on one's own account and "confirm it's you". Every answer is {@code no-store}: some
 * carry secrets shown once (the key, the recovery codes). A demo token is a 403.
 */
@RestController
class TwoStepController {

    private final ManageTwoStep manage;
    private final ConfirmIdentity confirmIdentity;
    private final TrustedBrowserCookie trustCookie;
    private final ClientAddresses clientAddresses;
    private final ManagePasskeys passkeys;

    TwoStepController(ManageTwoStep manage, ConfirmIdentity confirmIdentity, TrustedBrowserCookie trustCookie,
            ClientAddresses clientAddresses, ManagePasskeys passkeys) {
        this.passkeys = passkeys;
        this.manage = manage;
        this.confirmIdentity = confirmIdentity;
        this.trustCookie = trustCookie;
        this.clientAddresses = clientAddresses;
    }

    @GetMapping("/api/me/security")
    @Operation(summary = "Two-step verification, passkeys (how many), recovery codes left, this session's confirmation, trusted browsers")
    ResponseEntity<SecurityResponse> security(@AuthenticationPrincipal JournalPrincipal caller, HttpServletRequest http) {
        var status = manage.status(caller.userId(), caller.accountSession(), trustCookie.read(http));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(SecurityResponse.of(status,
                passkeys.list(caller.userId()).size()));
    }

    @PostMapping("/api/me/confirm")
    @Operation(summary = "Confirm it's you: the password (and the code with two-step on); this session may then "
            + "make sensitive changes for a short while")
    ResponseEntity<ConfirmedResponse> confirm(@AuthenticationPrincipal JournalPrincipal caller,
            @RequestBody ConfirmRequest request, HttpServletRequest http) {
        var until = confirmIdentity.confirm(new ConfirmIdentityCommand(caller.userId(), caller.accountSession(),
                request.password(), request.code(), request.recoveryCode(), client(http)));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new ConfirmedResponse(until));
    }

    @PostMapping("/api/me/two-step/setup")
    @Operation(summary = "Starts setting up two-step verification (needs a confirmed session): the key for the app")
    ResponseEntity<SetupResponse> setUp(@AuthenticationPrincipal JournalPrincipal caller) {
        var setup = manage.setUp(caller.userId(), caller.accountSession());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new SetupResponse(setup.secret(), setup.otpauthUri()));
    }

    @PostMapping("/api/me/two-step/enable")
    @Operation(summary = "Turns two-step verification on with the app's first code; answers the recovery codes, once")
    ResponseEntity<RecoveryCodesResponse> enable(@AuthenticationPrincipal JournalPrincipal caller,
            @RequestBody EnableRequest request, HttpServletRequest http) {
        caller.accountSession();
        var codes = manage.enable(caller.userId(), request.code(), client(http));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new RecoveryCodesResponse(codes));
    }

    @PostMapping("/api/me/two-step/disable")
    @Operation(summary = "Turns two-step verification off (needs a confirmed session)")
    ResponseEntity<Void> disable(@AuthenticationPrincipal JournalPrincipal caller, HttpServletRequest http) {
        manage.disable(caller.userId(), caller.accountSession(), client(http));
        return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).build();
    }

    @PostMapping("/api/me/two-step/recovery-codes")
    @Operation(summary = "A new set of recovery codes (needs a confirmed session); the earlier set stops working")
    ResponseEntity<RecoveryCodesResponse> newRecoveryCodes(@AuthenticationPrincipal JournalPrincipal caller,
            HttpServletRequest http) {
        var codes = manage.newRecoveryCodes(caller.userId(), caller.accountSession(), client(http));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new RecoveryCodesResponse(codes));
    }

    @DeleteMapping("/api/me/trusted-browsers/{id}")
    @Operation(summary = "Forgets a trusted browser: it asks for the second step again")
    ResponseEntity<Void> forgetBrowser(@AuthenticationPrincipal JournalPrincipal caller, @PathVariable UUID id,
            HttpServletRequest http) {
        caller.accountSession();
        if (!manage.forgetBrowser(caller.userId(), id, client(http))) {
            throw new SessionNotFoundException();
        }
        return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).build();
    }

    private ClientInfo client(HttpServletRequest http) {
        return new ClientInfo(http.getHeader(HttpHeaders.USER_AGENT), clientAddresses.of(http));
    }
}
