package app.journal.webui.api;

import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PatchExchange;
import org.springframework.web.service.annotation.PostExchange;
import app.journal.webui.api.passkeys.Passkey;

/**
 * The signed-in account's passkeys and "confirm it's you" with one. Bound to the client whose
 * {@link BearerRenewal} adds the bearer token and renews it on {@code 401}, like {@link AccountEndpoints}.
 */
@HttpExchange(url = "/api/me", accept = {"application/json", "application/problem+json"})
interface PasskeyEndpoints {

    @GetExchange("/passkeys")
    PasskeyAnswers.Listed list();

    @PostExchange(url = "/passkeys/options", contentType = "application/json")
    PasskeyAnswers.Options registrationOptions(@RequestBody Map<String, Object> none);

    @PostExchange(url = "/passkeys", contentType = "application/json")
    Passkey register(@RequestBody AuthRequests.PasskeyRegistration registration);

    @PatchExchange(url = "/passkeys/{id}", contentType = "application/json")
    Passkey rename(@PathVariable("id") String id, @RequestBody AuthRequests.PasskeyName name);

    @DeleteExchange("/passkeys/{id}")
    void remove(@PathVariable("id") String id);

    @PostExchange(url = "/confirm/passkey/options", contentType = "application/json")
    PasskeyAnswers.Options confirmOptions(@RequestBody Map<String, Object> none);

    @PostExchange(url = "/confirm/passkey", contentType = "application/json")
    TwoStepAnswers.Confirmed confirm(@RequestBody AuthRequests.PasskeyProof proof);
}
