package app.journal.adapter.rest.auth;

import app.journal.adapter.rest.problem.ProblemTypes;
import app.journal.adapter.rest.security.ClientAddresses;
import app.journal.adapter.rest.security.JournalPrincipal;
import app.journal.application.port.in.account.AccountQueries;
import app.journal.application.port.in.account.RegisterUser;
import app.journal.application.port.in.account.RegisterUser.RegisterUserCommand;
import app.journal.application.port.in.account.ResendVerification;
import app.journal.application.port.in.account.ResendVerification.ResendVerificationCommand;
import app.journal.application.port.in.account.VerifyEmail;
import app.journal.application.port.in.account.VerifyEmail.VerifyEmailCommand;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts: registration, verification, who am I. Signing in and out is {@link SignInController}.
 * Every route is a 404 while user management is switched off.
 */
@RestController
class AuthController {

    private final RegisterUser registerUser;
    private final VerifyEmail verifyEmail;
    private final ResendVerification resendVerification;
    private final AccountQueries accountQueries;
    private final ClientAddresses clientAddresses;

    AuthController(RegisterUser registerUser, VerifyEmail verifyEmail, ResendVerification resendVerification,
            AccountQueries accountQueries, ClientAddresses clientAddresses) {
        this.registerUser = registerUser;
        this.verifyEmail = verifyEmail;
        this.resendVerification = resendVerification;
        this.accountQueries = accountQueries;
        this.clientAddresses = clientAddresses;
    }

    @PostMapping("/api/auth/register")
    ResponseEntity<AcceptedResponse> register(@RequestBody RegisterRequest request, HttpServletRequest http) {
        registerUser.register(new RegisterUserCommand(request.email(), request.password(), clientAddresses.of(http)));
        return ResponseEntity.accepted().cacheControl(CacheControl.noStore()).body(AcceptedResponse.checkYourMail());
    }

    @PostMapping("/api/auth/resend-verification")
    ResponseEntity<AcceptedResponse> resend(@RequestBody ResendVerificationRequest request, HttpServletRequest http) {
        resendVerification.resend(new ResendVerificationCommand(request.email(), clientAddresses.of(http)));
        return ResponseEntity.accepted().cacheControl(CacheControl.noStore()).body(AcceptedResponse.checkYourMail());
    }

    @PostMapping("/api/auth/verify")
    ResponseEntity<?> verify(@RequestBody VerifyRequest request, HttpServletRequest http) {
        var token = request.token() == null ? "" : request.token();
        return switch (verifyEmail.verify(new VerifyEmailCommand(token, clientAddresses.of(http),
                http.getHeader(org.springframework.http.HttpHeaders.USER_AGENT)))) {
            case VERIFIED -> ResponseEntity.ok().cacheControl(CacheControl.noStore())
                    .body(Map.of("status", "verified"));
            case ALREADY_USED -> problem(HttpStatus.BAD_REQUEST, ProblemTypes.VERIFICATION_LINK_USED,
                    "This verification link was already used. Your address is verified: you can sign in.");
            case INVALID -> problem(HttpStatus.BAD_REQUEST, ProblemTypes.VERIFICATION_LINK_INVALID,
                    "This verification link is invalid or has expired. Ask for a new one.");
        };
    }

    @GetMapping("/api/me")
    ResponseEntity<MeResponse> me(@AuthenticationPrincipal JournalPrincipal caller) {
        return accountQueries.user(caller.userId())
                .map(user -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(MeResponse.from(user)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, java.net.URI type, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).body(problem);
    }
}
