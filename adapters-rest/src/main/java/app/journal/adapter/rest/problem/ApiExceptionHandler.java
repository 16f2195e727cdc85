package app.journal.adapter.rest.problem;

import app.journal.application.port.in.journal.EntryNotFoundException;
import app.journal.application.port.in.journal.ImportRefusedException;
import app.journal.application.port.in.session.StartDemoSession.DemoModeDisabledException;
import app.journal.application.port.in.session.LogIn.LoginFailedException;
import app.journal.application.port.in.CurrentPasswordIncorrectException;
import app.journal.application.port.in.RateLimitedException;
import app.journal.application.port.in.mfa.ReauthenticationRequiredException;
import app.journal.application.port.in.session.SecondStepFailedException;
import app.journal.application.port.in.mfa.TwoStepConflictException;
import app.journal.application.port.in.session.RevokeSession.SessionNotFoundException;
import app.journal.application.port.out.PasswordHasher.HashingBusyException;
import app.journal.application.port.in.mfa.PasskeyConflictException;
import app.journal.application.port.in.mfa.PasskeyFailedException;
import app.journal.domain.InvalidValueException;
import app.journal.application.port.in.admin.AdminNeedsSecondFactorException;
import app.journal.application.port.in.admin.AdminOnlyException;
import app.journal.application.port.in.admin.AdminTargetNotFoundException;
import app.journal.application.port.in.admin.LastAdminException;
import org.springframework.http.CacheControl;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error of the API as RFC 9457 problem details with a stable {@code type}. Says what is wrong
 * with the request; never shows a stack trace, a class name or an internal message.
 */
@RestControllerAdvice(basePackages = "app.journal.adapter.rest")
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<ProblemDetail> invalidValue(InvalidValueException e) {
        return invalidInput(e.field(), e.getMessage());
    }

    @ExceptionHandler(LoginFailedException.class)
    ResponseEntity<ProblemDetail> loginFailed() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "The email address or password is wrong, or the account cannot sign in.");
        problem.setType(ProblemTypes.INVALID_CREDENTIALS);
        problem.setTitle("Unauthorized");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).cacheControl(CacheControl.noStore()).body(problem);
    }

    @ExceptionHandler(CurrentPasswordIncorrectException.class)
    ResponseEntity<ProblemDetail> currentPasswordIncorrect() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The current password is not correct.");
        problem.setType(ProblemTypes.CURRENT_PASSWORD_INCORRECT);
        problem.setTitle("Current password incorrect");
        return ResponseEntity.badRequest().cacheControl(CacheControl.noStore()).body(problem);
    }

    @ExceptionHandler(ReauthenticationRequiredException.class)
    ResponseEntity<ProblemDetail> reauthenticationRequired(ReauthenticationRequiredException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Confirm it's you to continue.");
        problem.setType(ProblemTypes.REAUTHENTICATION_REQUIRED);
        problem.setTitle("Confirm it's you");
        problem.setProperty("methods", e.methods());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).cacheControl(CacheControl.noStore()).body(problem);
    }

    @ExceptionHandler(SecondStepFailedException.class)
    ResponseEntity<ProblemDetail> secondStepFailed() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "That code did not work.");
        problem.setType(ProblemTypes.SECOND_STEP_FAILED);
        problem.setTitle("Code did not work");
        return ResponseEntity.badRequest().cacheControl(CacheControl.noStore()).body(problem);
    }

    @ExceptionHandler(TwoStepConflictException.class)
    ResponseEntity<ProblemDetail> twoStepConflict(TwoStepConflictException e) {
        var problem = switch (e.conflict()) {
            case ALREADY_ENABLED -> ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "Two-step verification is on already. Turn it off first to set it up again.");
            case NOT_ENABLED -> ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "Two-step verification is not on.");
            case SETUP_REQUIRED -> ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "Set two-step verification up first (POST /api/me/two-step/setup), then confirm it with a code.");
        };
        problem.setType(switch (e.conflict()) {
            case ALREADY_ENABLED -> ProblemTypes.TWO_STEP_ALREADY_ENABLED;
            case NOT_ENABLED -> ProblemTypes.TWO_STEP_NOT_ENABLED;
            case SETUP_REQUIRED -> ProblemTypes.TWO_STEP_SETUP_REQUIRED;
        });
        problem.setTitle("Conflict");
        return ResponseEntity.status(HttpStatus.CONFLICT).cacheControl(CacheControl.noStore()).body(problem);
    }

    @ExceptionHandler(PasskeyFailedException.class)
    ResponseEntity<ProblemDetail> passkeyFailed() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, PASSKEY_FAILED_DETAIL);
        problem.setType(ProblemTypes.PASSKEY_FAILED);
        problem.setTitle("Passkey did not work");
        return ResponseEntity.badRequest().cacheControl(CacheControl.noStore()).body(problem);
    }

    /** What every refused passkey answer says, whatever the reason. */
    public static final String PASSKEY_FAILED_DETAIL =
            "That passkey did not work. Try again, or sign in with your password.";

    @ExceptionHandler(PasskeyConflictException.class)
    ResponseEntity<ProblemDetail> passkeyConflict(PasskeyConflictException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, switch (e.conflict()) {
            case ALREADY_REGISTERED -> "This passkey is registered already.";
            case LAST_SIGN_IN_METHOD -> "This is the last way to sign in to this account: add another passkey or "
                    + "set a password before removing it.";
            case NO_PASSKEY -> "This account has no passkey.";
        });
        problem.setType(switch (e.conflict()) {
            case ALREADY_REGISTERED -> ProblemTypes.PASSKEY_ALREADY_REGISTERED;
            case LAST_SIGN_IN_METHOD -> ProblemTypes.LAST_SIGN_IN_METHOD;
            case NO_PASSKEY -> ProblemTypes.NO_PASSKEY;
        });
        problem.setTitle("Conflict");
        return ResponseEntity.status(HttpStatus.CONFLICT).cacheControl(CacheControl.noStore()).body(problem);
    }

    @ExceptionHandler(AccountSessionRequiredException.class)
    ResponseEntity<ProblemDetail> accountSessionRequired() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "This needs an account's sign-in; a demo session cannot do it.");
        problem.setType(ProblemTypes.FORBIDDEN);
        problem.setTitle("Forbidden");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).cacheControl(CacheControl.noStore()).body(problem);
    }

    @ExceptionHandler(AdminOnlyException.class)
    ResponseEntity<ProblemDetail> adminOnly() {
        return problem(HttpStatus.FORBIDDEN, ProblemTypes.ADMIN_ONLY, "Administrators only",
                "Only administrators may do this.");
    }

    @ExceptionHandler(AdminNeedsSecondFactorException.class)
    ResponseEntity<ProblemDetail> adminNeedsSecondFactor() {
        return problem(HttpStatus.FORBIDDEN, ProblemTypes.ADMIN_NEEDS_SECOND_FACTOR, "Second factor needed",
                "Turn on two-step verification or add a passkey before using the administration.");
    }

    @ExceptionHandler(LastAdminException.class)
    ResponseEntity<ProblemDetail> lastAdmin() {
        return problem(HttpStatus.CONFLICT, ProblemTypes.LAST_ADMIN, "Last administrator",
                "This is the last administrator: make another one first.");
    }

    @ExceptionHandler(AdminTargetNotFoundException.class)
    ResponseEntity<ProblemDetail> adminTargetNotFound() {
        return problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not Found", "There is no such account.");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, URI type, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).body(problem);
    }

    /** A refused import file: nothing of it was written; the detail says what is wrong and where. */
    @ExceptionHandler(ImportRefusedException.class)
    ResponseEntity<ProblemDetail> importRefused(ImportRefusedException e) {
        return problem(HttpStatus.BAD_REQUEST, ProblemTypes.importRefused(e.reason()), "Import refused",
                e.getMessage() + " Nothing was imported.");
    }

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<ProblemDetail> rateLimited(RateLimitedException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Too many attempts. Try again later.");
        problem.setType(ProblemTypes.TOO_MANY_REQUESTS);
        long seconds = Math.max(1, e.retryAfter().toSeconds() + (e.retryAfter().toMillisPart() > 0 ? 1 : 0));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).body(problem);
    }

    @ExceptionHandler(HashingBusyException.class)
    ResponseEntity<ProblemDetail> busy() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ProblemResponses.BUSY_DETAIL);
        problem.setType(ProblemTypes.SERVICE_BUSY);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }

    @ExceptionHandler({EntryNotFoundException.class, DemoModeDisabledException.class, SessionNotFoundException.class})
    ResponseEntity<ProblemDetail> notFound() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is nothing here.");
        problem.setType(ProblemTypes.NOT_FOUND);
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        var expected = e.getRequiredType() == null ? "value" : switch (e.getRequiredType().getSimpleName()) {
            case "UUID" -> "UUID";
            case "int", "Integer", "long", "Long" -> "whole number";
            default -> "value";
        };
        return invalidInput(e.getName(), "'" + e.getName() + "' must be a valid " + expected + ".");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        var tooLarge = tooLarge(e);
        if (tooLarge != null) {
            return tooLarge;
        }
        if (DatabaseUnavailable.isCause(e)) {
            // Once per failed request, without a stack trace: an outage must not drown the log.
            log.warn("Database unavailable while handling an API request: {}", DatabaseUnavailable.summary(e));
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    ProblemResponses.SERVICE_UNAVAILABLE_DETAIL);
            problem.setType(ProblemTypes.SERVICE_UNAVAILABLE);
            problem.setTitle("Service Unavailable");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).cacheControl(CacheControl.noStore())
                    .header(HttpHeaders.RETRY_AFTER, ProblemResponses.RETRY_AFTER_SECONDS).body(problem);
        }
        log.error("Unexpected error while handling an API request", e);
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Nothing you sent was shown to anyone.");
        problem.setType(ProblemTypes.INTERNAL_ERROR);
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var tooLarge = tooLarge(e);
        if (tooLarge != null) {
            return ResponseEntity.status(tooLarge.getStatusCode()).body(tooLarge.getBody());
        }
        String detail = "The request body is missing or is not valid JSON of the expected shape.";
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnrecognizedPropertyException unknown) {
                detail = "Unknown field '" + unknown.getPropertyName() + "'.";
                break;
            }
        }
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(ProblemTypes.MALFORMED_REQUEST);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        var response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getType() == null || URI.create("about:blank").equals(problem.getType()))) {
            problem.setType(typeFor(statusCode.value()));
        }
        return response;
    }

    /** A body that turned out larger than the limit while it was read (chunked, no Content-Length). */
    private static @Nullable ResponseEntity<ProblemDetail> tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RequestSizeLimitFilter.RequestTooLargeException tooLarge) {
                var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                        "The request body is larger than " + tooLarge.maxBytes() + " bytes.");
                problem.setType(ProblemTypes.REQUEST_TOO_LARGE);
                problem.setTitle("Content Too Large");
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
            }
        }
        return null;
    }

    private static URI typeFor(int status) {
        return switch (status) {
            case 400 -> ProblemTypes.MALFORMED_REQUEST;
            case 404 -> ProblemTypes.NOT_FOUND;
            case 405 -> ProblemTypes.METHOD_NOT_ALLOWED;
            case 406 -> ProblemTypes.NOT_ACCEPTABLE;
            case 413 -> ProblemTypes.REQUEST_TOO_LARGE;
            case 415 -> ProblemTypes.UNSUPPORTED_MEDIA_TYPE;
            default -> ProblemTypes.HTTP_ERROR;
        };
    }

    static ResponseEntity<ProblemDetail> invalidInput(String field, String message) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setType(ProblemTypes.INVALID_INPUT);
        problem.setTitle("Invalid input");
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return ResponseEntity.badRequest().cacheControl(CacheControl.noStore()).body(problem);
    }
}
