package app.journal.adapter.rest.account;

import app.journal.adapter.rest.auth.AcceptedResponse;
import app.journal.adapter.rest.auth.transport.RefreshTokenTransports;
import app.journal.adapter.rest.security.ClientAddresses;
import app.journal.adapter.rest.security.JournalPrincipal;
import app.journal.application.port.in.account.ChangeEmail;
import app.journal.application.port.in.account.ChangeEmail.ChangeEmailCommand;
import app.journal.application.port.in.account.ChangePassword;
import app.journal.application.port.in.account.ChangePassword.ChangePasswordCommand;
import app.journal.application.port.in.ClientInfo;
import app.journal.application.port.in.account.DeleteAccount;
import app.journal.application.port.in.account.DeleteAccount.DeleteAccountCommand;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in account's own changes: password, address, deletion. Each needs an account's access token
 * (a demo token is a 403) and a session that confirmed it is its person, or, for an account without two-step
 * verification, the current password in the body (docs/decisions/0016-confirm-its-you.md); a wrong current
 * password is a 400, never a 401, which tells clients to renew their token.
 */
@RestController
class AccountController {

    private final ChangePassword changePassword;
    private final ChangeEmail changeEmail;
    private final DeleteAccount deleteAccount;
    private final RefreshTokenTransports transports;
    private final ClientAddresses clientAddresses;

    AccountController(ChangePassword changePassword, ChangeEmail changeEmail, DeleteAccount deleteAccount,
            RefreshTokenTransports transports, ClientAddresses clientAddresses) {
        this.changePassword = changePassword;
        this.changeEmail = changeEmail;
        this.deleteAccount = deleteAccount;
        this.transports = transports;
        this.clientAddresses = clientAddresses;
    }

    @PostMapping("/api/me/password")
    @Operation(summary = "Changes the password; every other device is signed out, this one stays")
    ResponseEntity<PasswordChangedResponse> changePassword(@AuthenticationPrincipal JournalPrincipal caller,
            @RequestBody ChangePasswordRequest request, HttpServletRequest http) {
        int signedOut = changePassword.change(new ChangePasswordCommand(caller.userId(), caller.accountSession(),
                request.currentPassword(), request.newPassword(), client(http)));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new PasswordChangedResponse(signedOut));
    }

    @PostMapping("/api/me/email")
    @Operation(summary = "Mails a confirmation link to the new address when it is free; always the same 202")
    ResponseEntity<AcceptedResponse> changeEmail(@AuthenticationPrincipal JournalPrincipal caller,
            @RequestBody ChangeEmailRequest request, HttpServletRequest http) {
        changeEmail.request(new ChangeEmailCommand(caller.userId(), caller.accountSession(),
                request.currentPassword(), request.newEmail(), client(http)));
        return ResponseEntity.accepted().cacheControl(CacheControl.noStore())
                .body(AcceptedResponse.emailChangeRequested());
    }

    // consumes: Spring reads no body of another type for a DELETE (it would then be "missing", a 400);
    // declared, a body that is not JSON is a 415 like on every other route.
    @DeleteMapping(value = "/api/me", consumes = "application/json")
    @Operation(summary = "Deletes the account and everything in it (204); clears the refresh cookies")
    ResponseEntity<Void> delete(@AuthenticationPrincipal JournalPrincipal caller,
            @RequestBody DeleteAccountRequest request, HttpServletRequest http) {
        deleteAccount.delete(new DeleteAccountCommand(caller.userId(), caller.accountSession(),
                request.currentPassword(), client(http)));
        return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).headers(transports.forgetAll()).build();
    }

    private ClientInfo client(HttpServletRequest http) {
        return new ClientInfo(http.getHeader(HttpHeaders.USER_AGENT), clientAddresses.of(http));
    }
}
