package app.journal.webui.api;

import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * The signed-in account's devices and security activity. Bound to the client whose {@link BearerRenewal}
 * adds the bearer token and renews it on {@code 401}, like {@link EntryEndpoints}.
 */
@HttpExchange(url = "/api", accept = "application/json")
interface AccountEndpoints {

    @GetExchange("/sessions")
    List<DeviceSession> sessions();

    @DeleteExchange("/sessions/{id}")
    void revoke(@PathVariable("id") UUID id);

    @DeleteExchange("/sessions/others")
    RevokedCount revokeOthers();

    @GetExchange("/me/activity")
    ActivityPage activity(@RequestParam("page") int page, @RequestParam("size") int size);
}
