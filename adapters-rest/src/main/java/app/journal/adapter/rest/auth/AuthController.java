package app.journal.adapter.rest.auth;

import app.journal.adapter.rest.problem.ProblemTypes;
import app.journal.adapter.rest.security.ClientAddresses;
import app.journal.adapter.rest.security.JournalPrincipal;
import app.journal.adapter.rest.token.InvalidTokenException;
import app.journal.adapter.rest.token.JjwtTokenCodec;
import app.journal.application.port.in.AccountQueries;
import app.journal.application.port.in.LogIn;
import app.journal.application.port.in.LogIn.LogInCommand;
import app.journal.application.port.in.LogOut;
import app.journal.application.port.in.RefreshSession;
import app.journal.application.port.in.RefreshSession.RefreshSessionCommand;
import app.journal.application.port.in.RegisterUser;
import app.journal.application.port.in.RegisterUser.RegisterUserCommand;
import app.journal.application.port.in.ResendVerification;
import app.journal.application.port.in.ResendVerification.ResendVerificationCommand;
import app.journal.application.port.in.VerifyEmail;
import app.journal.application.port.in.VerifyEmail.VerifyEmailCommand;
import app.journal.domain.session.UserSession;
import app.journal.domain.user.User;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Accounts and sessions. The whole controller is a 404 while user management is switched off. */
@RestController
class AuthController {

    private static final Logger log = LoggerFactory.getLogger(AuthController.class);

    private final RegisterUser registerUser;
    private final VerifyEmail verifyEmail;
    private final ResendVerification resendVerification;
    private final LogIn logIn;
    private final RefreshSession refreshSession;
    private final LogOut logOut;
    private final AccountQueries accountQueries;
    private final JjwtTokenCodec tokens;
    private final ClientAddresses clientAddresses;
    private final Clock clock;

    AuthController(RegisterUser registerUser, VerifyEmail verifyEmail, ResendVerification resendVerification,
            LogIn logIn, RefreshSession refreshSession, LogOut logOut, AccountQueries accountQueries,
            JjwtTokenCodec tokens, ClientAddresses clientAddresses, Clock clock) {
        this.registerUser = registerUser;
        this.verifyEmail = verifyEmail;
        this.resendVerification = resendVerification;
        this.logIn = logIn;
        this.refreshSession = refreshSession;
        this.logOut = logOut;
        this.accountQueries = accountQueries;
        this.tokens = tokens;
        this.clientAddresses = clientAddresses;
        this.clock = clock;
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
        return switch (verifyEmail.verify(new VerifyEmailCommand(token, clientAddresses.of(http)))) {
            case VERIFIED -> ResponseEntity.ok().cacheControl(CacheControl.noStore())
                    .body(Map.of("status", "verified"));
            case ALREADY_USED -> problem(HttpStatus.BAD_REQUEST, ProblemTypes.VERIFICATION_LINK_USED,
                    "This verification link was already used. Your address is verified: you can sign in.");
            case INVALID -> problem(HttpStatus.BAD_REQUEST, ProblemTypes.VERIFICATION_LINK_INVALID,
                    "This verification link is invalid or has expired. Ask for a new one.");
        };
    }

    @PostMapping("/api/auth/login")
    ResponseEntity<TokenPairResponse> login(@RequestBody LoginRequest request, HttpServletRequest http) {
        var client = clientAddresses.of(http);
        var loggedIn = logIn.logIn(new LogInCommand(request.email(), request.password(), client,
                http.getHeader(HttpHeaders.USER_AGENT), client));
        return tokenPair(loggedIn.user(), loggedIn.session());
    }

    @PostMapping("/api/auth/refresh")
    ResponseEntity<?> refresh(@RequestBody RefreshRequest request) {
        try {
            var claims = tokens.readRefresh(request.refreshToken() == null ? "" : request.refreshToken());
            return switch (refreshSession.refresh(new RefreshSessionCommand(claims.sessionId(), claims.refreshId()))) {
                case RefreshSession.Outcome.Refreshed refreshed -> tokenPair(refreshed.user(), refreshed.session());
                case RefreshSession.Outcome.Rejected rejected
                        when rejected.reason() == RefreshSession.Reason.CONTENDED -> {
                    // Not the token's fault: many refreshes with it at once. Nothing was revoked; retry.
                    log.info("Refresh contended for session {}", claims.sessionId());
                    var busy = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                            "Too many refreshes with this token at once. Try again in a moment.");
                    busy.setType(ProblemTypes.SERVICE_BUSY);
                    yield ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                            .cacheControl(CacheControl.noStore()).body(busy);
                }
                case RefreshSession.Outcome.Rejected rejected -> {
                    if (rejected.reason() == RefreshSession.Reason.REUSE_DETECTED) {
                        log.warn("Refresh token reuse detected: session {} of user {} revoked", claims.sessionId(),
                                claims.userId());
                    } else {
                        log.info("Refresh refused for session {}: {}", claims.sessionId(), rejected.reason());
                    }
                    yield invalidRefresh();
                }
            };
        } catch (InvalidTokenException e) {
            log.debug("Refresh token refused: {}", e.getMessage());
            return invalidRefresh();
        }
    }

    @PostMapping("/api/auth/logout")
    ResponseEntity<Void> logout(@RequestBody(required = false) LogoutRequest request) {
        if (request != null && request.refreshToken() != null) {
            try {
                logOut.logOut(tokens.readRefresh(request.refreshToken()).sessionId());
            } catch (InvalidTokenException e) {
                // Garbage, expired or already revoked: there is nothing left to end. Same answer.
                log.debug("Logout with an unusable refresh token: {}", e.getMessage());
            }
        }
        return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).build();
    }

    @GetMapping("/api/me")
    ResponseEntity<MeResponse> me(@AuthenticationPrincipal JournalPrincipal caller) {
        return accountQueries.user(caller.userId())
                .map(user -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(MeResponse.from(user)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private ResponseEntity<TokenPairResponse> tokenPair(User user, UserSession session) {
        var access = tokens.issueAccess(user.id(), session.id(), user.roles());
        var refresh = tokens.issueRefresh(user.id(), session.id(), session.refreshId(), session.expiresAt());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("Pragma", "no-cache")
                .body(TokenPairResponse.from(access, refresh, clock));
    }

    private static ResponseEntity<ProblemDetail> invalidRefresh() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "The refresh token is not valid any more. Sign in again.");
        problem.setType(ProblemTypes.INVALID_REFRESH_TOKEN);
        problem.setTitle("Unauthorized");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).cacheControl(CacheControl.noStore()).body(problem);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, java.net.URI type, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).body(problem);
    }
}
