package app.journal.adapter.rest.auth;

import app.journal.adapter.rest.problem.ProblemTypes;
import app.journal.adapter.rest.security.ClientAddresses;
import app.journal.application.port.in.account.CancelEmailChange;
import app.journal.application.port.in.account.CancelEmailChange.CancelEmailChangeCommand;
import app.journal.application.port.in.account.ConfirmEmailChange;
import app.journal.application.port.in.account.ConfirmEmailChange.ConfirmEmailChangeCommand;
import app.journal.application.port.in.account.RequestPasswordReset;
import app.journal.application.port.in.account.RequestPasswordReset.RequestPasswordResetCommand;
import app.journal.application.port.in.account.ResetPassword;
import app.journal.application.port.in.account.ResetPassword.ResetPasswordCommand;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The links Journal mails outside a sign-in: "forgot your password" and its reset link, the
 * confirmation of a new address, and the cancellation of a change of address (mailed to the current one). Public (the link is the credential); every route is a 404 while user
 * management is switched off.
 */
@RestController
class PasswordResetController {

    private final RequestPasswordReset requestPasswordReset;
    private final ResetPassword resetPassword;
    private final ConfirmEmailChange confirmEmailChange;
    private final CancelEmailChange cancelEmailChange;
    private final ClientAddresses clientAddresses;

    PasswordResetController(RequestPasswordReset requestPasswordReset, ResetPassword resetPassword,
            ConfirmEmailChange confirmEmailChange, CancelEmailChange cancelEmailChange,
            ClientAddresses clientAddresses) {
        this.requestPasswordReset = requestPasswordReset;
        this.resetPassword = resetPassword;
        this.confirmEmailChange = confirmEmailChange;
        this.cancelEmailChange = cancelEmailChange;
        this.clientAddresses = clientAddresses;
    }

    @PostMapping("/api/auth/forgot-password")
    @Operation(summary = "Mails a reset link if an account uses the address; always the same 202")
    ResponseEntity<AcceptedResponse> forgot(@RequestBody ForgotPasswordRequest request, HttpServletRequest http) {
        requestPasswordReset.request(new RequestPasswordResetCommand(request.email(), clientAddresses.of(http)));
        return ResponseEntity.accepted().cacheControl(CacheControl.noStore()).body(AcceptedResponse.resetRequested());
    }

    @PostMapping("/api/auth/reset-password")
    @Operation(summary = "Sets a new password with a reset link (204); every session of the account ends")
    ResponseEntity<?> reset(@RequestBody ResetPasswordRequest request, HttpServletRequest http) {
        return switch (resetPassword.reset(new ResetPasswordCommand(request.token(), request.password(),
                clientAddresses.of(http), http.getHeader(HttpHeaders.USER_AGENT)))) {
            case RESET -> ResponseEntity.noContent().cacheControl(CacheControl.noStore()).build();
            case INVALID_LINK -> problem(HttpStatus.BAD_REQUEST, ProblemTypes.RESET_LINK_INVALID,
                    "This reset link is invalid, used or expired. Ask for a new one.");
        };
    }

    @PostMapping("/api/auth/confirm-email")
    @Operation(summary = "Confirms a new address with the link mailed to it: the account moves to it")
    ResponseEntity<?> confirmEmail(@RequestBody ConfirmEmailRequest request, HttpServletRequest http) {
        return switch (confirmEmailChange.confirm(new ConfirmEmailChangeCommand(request.token(),
                clientAddresses.of(http), http.getHeader(HttpHeaders.USER_AGENT)))) {
            case ConfirmEmailChange.Outcome.Changed changed -> ResponseEntity.ok().cacheControl(CacheControl.noStore())
                    .body(Map.of("status", "email_changed", "email", changed.email().value()));
            case ConfirmEmailChange.Outcome.InvalidLink _ -> problem(HttpStatus.BAD_REQUEST,
                    ProblemTypes.EMAIL_CHANGE_LINK_INVALID,
                    "This confirmation link is invalid, used or expired. Ask for the change again.");
            case ConfirmEmailChange.Outcome.Taken _ -> problem(HttpStatus.CONFLICT, ProblemTypes.EMAIL_TAKEN,
                    "This address now belongs to another account. Your account keeps its address.");
        };
    }

    @PostMapping("/api/auth/cancel-email-change")
    @Operation(summary = "Cancels a pending change of address with the link mailed to the current address")
    ResponseEntity<?> cancelEmailChange(@RequestBody CancelEmailChangeRequest request, HttpServletRequest http) {
        return switch (cancelEmailChange.cancel(new CancelEmailChangeCommand(request.token(),
                clientAddresses.of(http), http.getHeader(HttpHeaders.USER_AGENT)))) {
            case CANCELLED -> ResponseEntity.ok().cacheControl(CacheControl.noStore())
                    .body(Map.of("status", "email_change_cancelled"));
            case INVALID_LINK -> problem(HttpStatus.BAD_REQUEST, ProblemTypes.EMAIL_CHANGE_CANCEL_LINK_INVALID,
                    "This cancel link is invalid, used or expired. If you did not ask for a change, change your "
                            + "password: that voids every pending change.");
        };
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, URI type, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).body(problem);
    }
}
