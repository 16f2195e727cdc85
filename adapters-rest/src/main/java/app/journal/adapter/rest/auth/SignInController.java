package app.journal.adapter.rest.auth;

import app.journal.adapter.rest.auth.transport.CookieTransport;
import app.journal.adapter.rest.auth.transport.Presentation.Presented;
import app.journal.adapter.rest.auth.transport.Presentation.Refusal;
import app.journal.adapter.rest.auth.transport.Presentation.Refused;
import app.journal.adapter.rest.auth.transport.RefreshTokenTransport;
import app.journal.adapter.rest.auth.transport.RefreshTokenTransports;
import app.journal.adapter.rest.auth.transport.SessionTokens;
import app.journal.adapter.rest.auth.transport.TokenResponse;
import app.journal.adapter.rest.passkey.PasskeyOptionsResponse;
import app.journal.adapter.rest.passkey.PasskeyRequests;
import app.journal.adapter.rest.problem.ApiExceptionHandler;
import app.journal.adapter.rest.problem.ProblemTypes;
import app.journal.application.port.in.session.SignInWithPasskey;
import app.journal.application.port.in.session.SignInWithPasskey.FinishCommand;
import app.journal.adapter.rest.security.ClientAddresses;
import app.journal.adapter.rest.token.JjwtTokenCodec;
import app.journal.adapter.rest.token.RefreshClaims;
import app.journal.adapter.rest.auth.transport.TrustedBrowserCookie;
import app.journal.application.port.in.session.CompleteSecondStep;
import app.journal.application.port.in.session.CompleteSecondStep.CompleteSecondStepCommand;
import app.journal.application.port.in.session.LogIn;
import app.journal.application.port.in.session.SignInResult;
import app.journal.application.port.in.session.SignInResult.SecondStepRequired;
import app.journal.application.port.in.session.SignInResult.SignedIn;
import app.journal.application.port.in.session.LogIn.LogInCommand;
import app.journal.application.port.in.session.LogOut;
import app.journal.application.port.in.session.RefreshSession;
import app.journal.application.port.in.session.RefreshSession.Outcome;
import app.journal.application.port.in.session.RefreshSession.Reason;
import app.journal.application.port.in.session.RefreshSession.RefreshSessionCommand;
import app.journal.domain.session.SessionPersistence;
import app.journal.domain.session.UserSession;
import app.journal.domain.user.User;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Signing in, renewing and signing out. How the refresh token travels (JSON body, HttpOnly cookie)
 * and what a transport checks before a token is believed is the business of
 * {@link app.journal.adapter.rest.auth.transport}; this controller only turns use-case outcomes into
 * answers. Every route is a 404 while user management is switched off.
 */
@RestController
class SignInController {

    private static final Logger log = LoggerFactory.getLogger(SignInController.class);

    private final LogIn logIn;
    private final RefreshSession refreshSession;
    private final LogOut logOut;
    private final JjwtTokenCodec tokens;
    private final RefreshTokenTransports transports;
    private final ClientAddresses clientAddresses;
    private final CompleteSecondStep completeSecondStep;
    private final TrustedBrowserCookie trustCookie;
    private final SignInWithPasskey passkeys;

    SignInController(LogIn logIn, RefreshSession refreshSession, LogOut logOut, JjwtTokenCodec tokens,
            RefreshTokenTransports transports, ClientAddresses clientAddresses, CompleteSecondStep completeSecondStep,
            TrustedBrowserCookie trustCookie, SignInWithPasskey passkeys) {
        this.passkeys = passkeys;
        this.logIn = logIn;
        this.refreshSession = refreshSession;
        this.logOut = logOut;
        this.tokens = tokens;
        this.transports = transports;
        this.clientAddresses = clientAddresses;
        this.completeSecondStep = completeSecondStep;
        this.trustCookie = trustCookie;
    }

    @PostMapping("/api/auth/login")
    @ApiResponse(responseCode = "200", description = "Signed in",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @ApiResponse(responseCode = "202", description = "The password was right and the account has two-step "
            + "verification on: no session yet; send the code to POST /api/auth/second-step",
            content = @Content(schema = @Schema(implementation = SecondStepResponse.class)))
    @ApiResponse(responseCode = "401", description = "urn:journal:problem:invalid-credentials",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<?> login(@RequestBody LoginRequest request, HttpServletRequest http) {
        var transport = transports.named(request.transport());
        var persistence = request.persistence(transport.defaultPersistence());
        var client = clientAddresses.of(http);
        return answer(transport, logIn.logIn(new LogInCommand(request.email(), request.password(), client,
                http.getHeader(HttpHeaders.USER_AGENT), client, persistence, trustCookie.read(http))));
    }

    @PostMapping("/api/auth/second-step")
    @ApiResponse(responseCode = "200", description = "Signed in, exactly like a sign-in without a second step; "
            + "with trustBrowser, also the trusted-browser cookie",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @ApiResponse(responseCode = "400", description = "urn:journal:problem:second-step-failed (\"That code did not "
            + "work.\")", content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "401", description = "urn:journal:problem:second-step-expired: sign in again",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<?> secondStep(@RequestBody SecondStepRequest request, HttpServletRequest http) {
        // The token names the transport chosen at sign-in ("cookie.<secret>"); a transport in the body wins.
        var presented = request.secondStepToken();
        String chosen = null;
        if (presented != null && presented.indexOf('.') > 0 && presented.indexOf('.') <= 16) {
            chosen = presented.substring(0, presented.indexOf('.'));
            presented = presented.substring(presented.indexOf('.') + 1);
        }
        var transport = request.transport() != null ? transports.named(request.transport())
                : chosen != null && transports.knows(chosen) ? transports.named(chosen) : transports.named(null);
        var client = clientAddresses.of(http);
        return answer(transport, completeSecondStep.complete(new CompleteSecondStepCommand(presented,
                request.code(), request.recoveryCode(), Boolean.TRUE.equals(request.trustBrowser()), client,
                http.getHeader(HttpHeaders.USER_AGENT), client)));
    }

    @PostMapping("/api/auth/passkey/options")
    @ApiResponse(responseCode = "200", description = "Options for navigator.credentials.get() (any passkey of this "
            + "site, user verification required), kept by the server until expiresAt; rate-limited per client like "
            + "/api/auth/login", content = @Content(schema = @Schema(implementation = PasskeyOptionsResponse.class)))
    @ApiResponse(responseCode = "429", description = "urn:journal:problem:too-many-requests",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<PasskeyOptionsResponse> passkeyOptions(HttpServletRequest http) {
        var options = passkeys.options(clientAddresses.of(http));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(PasskeyOptionsResponse.of(options));
    }

    @PostMapping("/api/auth/passkey")
    @ApiResponse(responseCode = "200", description = "Signed in, exactly like /api/auth/login (both transports); a "
            + "user-verified passkey is two factors: never a second step, amr [hwk, user, mfa]",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @ApiResponse(responseCode = "401", description = "urn:journal:problem:passkey-failed (\"That passkey did not "
            + "work. Try again, or sign in with your password.\"), whatever the reason",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<?> passkeySignIn(@RequestBody PasskeySignInRequest request, HttpServletRequest http) {
        var transport = transports.named(request.transport());
        var persistence = request.persistence(transport.defaultPersistence());
        var credential = PasskeyRequests.credentialJson(request.credential());
        if (request.ceremonyId() == null || credential == null) {
            return answer(transport, new SignInResult.Refused(SignInResult.Refusal.PASSKEY));
        }
        return answer(transport, passkeys.finish(new FinishCommand(request.ceremonyId(), credential,
                http.getHeader(HttpHeaders.USER_AGENT), clientAddresses.of(http), persistence)));
    }

    /** The one switch every way of signing in ends in: tokens, a second step, or a refusal. */
    private ResponseEntity<?> answer(RefreshTokenTransport transport, SignInResult result) {
        return switch (result) {
            case SignedIn signedIn -> {
                var answer = issue(transport, signedIn.user(), signedIn.session(), signedIn.persistence(),
                        signedIn.amr());
                yield signedIn.trust() == null ? answer
                        : ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                                .headers(trustCookie.set(signedIn.trust())).body(answer.getBody());
            }
            case SecondStepRequired required -> ResponseEntity.status(HttpStatus.ACCEPTED)
                    .cacheControl(CacheControl.noStore()).body(SecondStepResponse.of(required, transport.name()));
            case SignInResult.Refused refused -> switch (refused.reason()) {
                case CREDENTIALS -> problem(HttpStatus.UNAUTHORIZED, ProblemTypes.INVALID_CREDENTIALS,
                        "The email address or password is wrong, or the account cannot sign in.");
                case CODE -> problem(HttpStatus.BAD_REQUEST, ProblemTypes.SECOND_STEP_FAILED, "That code did not work.");
                case SECOND_STEP_EXPIRED -> problem(HttpStatus.UNAUTHORIZED, ProblemTypes.SECOND_STEP_EXPIRED,
                        "This sign-in has expired or was already used. Sign in again.");
                case PASSKEY -> problem(HttpStatus.UNAUTHORIZED, ProblemTypes.PASSKEY_FAILED,
                        ApiExceptionHandler.PASSKEY_FAILED_DETAIL);
            };
        };
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, java.net.URI type, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(status.getReasonPhrase());
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).body(problem);
    }

    @PostMapping("/api/auth/refresh")
    @CookieBorne
    @ApiResponse(responseCode = "200", description = "Rotated: a new access token and refresh token",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @ApiResponse(responseCode = "401", description = "urn:journal:problem:session-revoked (\"You were signed out "
            + "from another device.\") when the session was signed out from another device; "
            + "urn:journal:problem:account-disabled when an administrator disabled the account; "
            + "urn:journal:problem:invalid-refresh-token otherwise. The cookie transport clears its cookies.",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<?> refresh(@RequestBody(required = false) @Nullable RefreshRequest request, HttpServletRequest http) {
        var bodyToken = request == null ? null : request.refreshToken();
        var transport = transports.presentedBy(http, bodyToken);
        return switch (transport.read(http, bodyToken)) {
            case Presented presented -> rotate(transport, presented.claims());
            case Refused refused when refused.reason() == Refusal.CSRF_CHECK_FAILED -> csrfCheckFailed();
            case Refused refused -> invalidRefresh(refused.headers());
        };
    }

    @PostMapping("/api/auth/logout")
    @CookieBorne
    @ApiResponse(responseCode = "204", description = "Signed out (also when there was nothing left to end)")
    ResponseEntity<?> logout(@RequestBody(required = false) @Nullable LogoutRequest request, HttpServletRequest http) {
        var bodyToken = request == null ? null : request.refreshToken();
        var transport = transports.presentedBy(http, bodyToken);
        return switch (transport.read(http, bodyToken)) {
            case Presented presented -> {
                logOut.logOut(presented.claims().sessionId(), new app.journal.application.port.in.ClientInfo(
                        http.getHeader(HttpHeaders.USER_AGENT), clientAddresses.of(http)));
                yield signedOut(transport.forget());
            }
            case Refused refused -> switch (refused.reason()) {
                case CSRF_CHECK_FAILED -> csrfCheckFailed();
                case AMBIGUOUS -> invalidRefresh(refused.headers());
                // Garbage, expired or none at all: there is nothing left to end. Same answer.
                case ABSENT, UNREADABLE -> signedOut(refused.headers());
            };
        };
    }

    private ResponseEntity<?> rotate(RefreshTokenTransport transport, RefreshClaims claims) {
        return switch (refreshSession.refresh(new RefreshSessionCommand(claims.sessionId(), claims.refreshId()))) {
            case Outcome.Refreshed refreshed -> issue(transport, refreshed.user(), refreshed.session(),
                    claims.persistence(), claims.amr());
            case Outcome.Rejected rejected when rejected.reason() == Reason.CONTENDED -> {
                // Not the token's fault: many refreshes with it at once. Nothing was revoked; retry.
                // The client keeps its token (cookies untouched).
                log.info("Refresh contended for session {}", claims.sessionId());
                var busy = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                        "Too many refreshes with this token at once. Try again in a moment.");
                busy.setType(ProblemTypes.SERVICE_BUSY);
                yield ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                        .cacheControl(CacheControl.noStore()).body(busy);
            }
            case Outcome.Rejected rejected when rejected.reason() == Reason.REVOKED_ELSEWHERE -> {
                log.info("Refresh refused for session {}: signed out from another device", claims.sessionId());
                yield sessionRevoked(transport.forget());
            }
            case Outcome.Rejected rejected when rejected.reason() == Reason.ACCOUNT_DISABLED -> {
                log.info("Refresh refused for session {}: the account is disabled", claims.sessionId());
                yield accountDisabled(transport.forget());
            }
            case Outcome.Rejected rejected -> {
                if (rejected.reason() == Reason.REUSE_DETECTED) {
                    log.warn("Refresh token reuse detected: session {} of user {} revoked", claims.sessionId(),
                            claims.userId());
                } else {
                    log.info("Refresh refused for session {}: {}", claims.sessionId(), rejected.reason());
                }
                yield invalidRefresh(transport.forget());
            }
        };
    }

    /** Tokens for the session's current generation, handed on with the sign-in's persistence. */
    private ResponseEntity<TokenResponse> issue(RefreshTokenTransport transport, User user, UserSession session,
            SessionPersistence persistence, List<String> amr) {
        // auth_time: the session began when the person proved who they are, and rotations keep that.
        var access = tokens.issueAccess(user.id(), session.id(), user.roles(), session.createdAt(), amr);
        var refresh = tokens.issueRefresh(user.id(), session.id(), session.refreshId(), session.expiresAt(),
                persistence, amr);
        return transport.deliver(new SessionTokens(access, refresh, session.id(), persistence));
    }

    private static ResponseEntity<Void> signedOut(HttpHeaders headers) {
        return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).headers(headers).build();
    }

    private static ResponseEntity<ProblemDetail> invalidRefresh(HttpHeaders headers) {
        return refreshRefused(headers, ProblemTypes.INVALID_REFRESH_TOKEN,
                "The refresh token is not valid any more. Sign in again.");
    }

    /** Like {@link #invalidRefresh}, but says why: the person signed this device out from another one. */
    private static ResponseEntity<ProblemDetail> sessionRevoked(HttpHeaders headers) {
        return refreshRefused(headers, ProblemTypes.SESSION_REVOKED, "You were signed out from another device.");
    }

    /** Like {@link #invalidRefresh}, but says why: an administrator disabled the account. */
    private static ResponseEntity<ProblemDetail> accountDisabled(HttpHeaders headers) {
        return refreshRefused(headers, ProblemTypes.ACCOUNT_DISABLED,
                "An administrator disabled this account. It cannot sign in until it is enabled again.");
    }

    /** A refused refresh: 401, never stored, with the transport's headers (the cookie transport clears its cookies). */
    private static ResponseEntity<ProblemDetail> refreshRefused(HttpHeaders headers, java.net.URI type, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
        problem.setType(type);
        problem.setTitle("Unauthorized");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).cacheControl(CacheControl.noStore()).headers(headers)
                .body(problem);
    }

    private static ResponseEntity<ProblemDetail> csrfCheckFailed() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "This request could not show that it comes from Journal itself (cross-site, or without this "
                        + "session's CSRF token). Nothing was changed.");
        problem.setType(ProblemTypes.CSRF_CHECK_FAILED);
        problem.setTitle("Forbidden");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).cacheControl(CacheControl.noStore()).body(problem);
    }

    /** OpenAPI: what a cookie-borne refresh or logout sends and may be answered. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Parameter(in = ParameterIn.HEADER, name = CookieTransport.CSRF_HEADER, required = false,
            description = "Cookie transport only: the csrfToken of the sign-in or last refresh answer (or the "
                    + "value of the CSRF cookie). Sent without a refreshToken in the body, the refresh cookie is "
                    + "used, and the request must also carry Sec-Fetch-Site: same-origin|none, or an Origin of "
                    + "this site or the CORS allowlist.")
    @Parameter(in = ParameterIn.COOKIE, name = "__Host-journal-refresh", required = false,
            description = "Cookie transport: the HttpOnly refresh cookie (journal-refresh with "
                    + "journal.cookies.secure=false). Two of them: 401 and both cleared.")
    @ApiResponse(responseCode = "403", description = "Cookie transport: the Fetch Metadata or CSRF check failed "
            + "(urn:journal:problem:csrf-check-failed); nothing was rotated or revoked",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @interface CookieBorne {}
}
