package app.journal.webui.api;

import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import app.journal.webui.api.account.ActivityPage;
import app.journal.webui.api.devices.DeviceSession;
import app.journal.webui.api.account.SecurityOverview;

/**
 * The signed-in account's devices, security activity, password, address, deletion, confirm-it's-you and
 * two-step verification. Bound to the client whose {@link BearerRenewal}
 * adds the bearer token and renews it on {@code 401}, like {@link EntryEndpoints}.
 */
@HttpExchange(url = "/api", accept = {"application/json", "application/problem+json"})
interface AccountEndpoints {

    @GetExchange("/sessions")
    List<DeviceSession> sessions();

    @DeleteExchange("/sessions/{id}")
    void revoke(@PathVariable("id") UUID id);

    @DeleteExchange("/sessions/others")
    RevokedCount revokeOthers();

    @GetExchange("/me/activity")
    ActivityPage activity(@RequestParam("page") int page, @RequestParam("size") int size);

    @PostExchange(url = "/me/password", contentType = "application/json")
    LifecycleAnswers.PasswordChanged changePassword(@RequestBody AuthRequests.PasswordChange change);

    @PostExchange(url = "/me/email", contentType = "application/json")
    AcceptedResponse changeEmail(@RequestBody AuthRequests.EmailChange change);

    /** {@code DELETE} with a body: the current password proves it is the account holder. */
    @HttpExchange(method = "DELETE", url = "/me", contentType = "application/json")
    void deleteAccount(@RequestBody AuthRequests.CurrentPassword proof);

    @GetExchange("/me/security")
    SecurityOverview security();

    @PostExchange(url = "/me/confirm", contentType = "application/json")
    TwoStepAnswers.Confirmed confirm(@RequestBody AuthRequests.Confirm proof);

    @PostExchange("/me/two-step/setup")
    TwoStepAnswers.Setup setUpTwoStep();

    @PostExchange(url = "/me/two-step/enable", contentType = "application/json")
    TwoStepAnswers.RecoveryCodes enableTwoStep(@RequestBody AuthRequests.Code code);

    @PostExchange("/me/two-step/disable")
    void disableTwoStep();

    @PostExchange("/me/two-step/recovery-codes")
    TwoStepAnswers.RecoveryCodes newRecoveryCodes();

    @DeleteExchange("/me/trusted-browsers/{id}")
    void removeTrustedBrowser(@PathVariable("id") UUID id);
}
