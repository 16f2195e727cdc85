package app.journal.webui.api;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import app.journal.webui.api.account.Me;

/**
 * The calls that need no sign-in: demo sessions, registering, verifying, the links of the password and
 * email lifecycle; and "who is this token?".
 */
@HttpExchange(url = "/api", accept = {"application/json", "application/problem+json"})
interface PublicEndpoints {

    @PostExchange("/demo/session")
    DemoSessionResponse startDemoSession();

    @PostExchange(url = "/auth/register", contentType = "application/json")
    AcceptedResponse register(@RequestBody AuthRequests.Credentials credentials);

    @PostExchange(url = "/auth/resend-verification", contentType = "application/json")
    AcceptedResponse resendVerification(@RequestBody AuthRequests.Email email);

    @PostExchange(url = "/auth/verify", contentType = "application/json")
    AcceptedResponse verify(@RequestBody AuthRequests.VerificationToken token);

    @PostExchange(url = "/auth/forgot-password", contentType = "application/json")
    AcceptedResponse forgotPassword(@RequestBody AuthRequests.Email email);

    @PostExchange(url = "/auth/reset-password", contentType = "application/json")
    void resetPassword(@RequestBody AuthRequests.PasswordReset reset);

    @PostExchange(url = "/auth/confirm-email", contentType = "application/json")
    LifecycleAnswers.EmailChanged confirmEmail(@RequestBody AuthRequests.VerificationToken token);

    @PostExchange(url = "/auth/cancel-email-change", contentType = "application/json")
    LifecycleAnswers.EmailChangeCancelled cancelEmailChange(@RequestBody AuthRequests.VerificationToken token);

    /** The account of a token that is not kept yet (right after a sign-in or a restore). */
    @GetExchange("/me")
    Me me(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization);
}
