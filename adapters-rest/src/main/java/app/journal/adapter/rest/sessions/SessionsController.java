package app.journal.adapter.rest.sessions;

import app.journal.adapter.rest.security.ClientAddresses;
import app.journal.adapter.rest.security.JournalPrincipal;
import app.journal.application.port.PageRequest;
import app.journal.application.port.in.account.AccountQueries;
import app.journal.application.port.in.account.ActivityQueries;
import app.journal.application.port.in.ClientInfo;
import app.journal.application.port.in.session.RevokeOtherSessions;
import app.journal.application.port.in.session.RevokeSession;
import app.journal.application.port.in.session.RevokeSession.SessionNotFoundException;
import app.journal.application.port.out.DeviceNames;
import app.journal.domain.session.SessionId;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The seed's M5.T1: a user's devices, signing one or all others out, and the account's security activity. */
@RestController
class SessionsController {

    private final AccountQueries accountQueries;
    private final ActivityQueries activityQueries;
    private final RevokeSession revokeSession;
    private final RevokeOtherSessions revokeOtherSessions;
    private final DeviceNames devices;
    private final ClientAddresses clientAddresses;

    SessionsController(AccountQueries accountQueries, ActivityQueries activityQueries, RevokeSession revokeSession,
            RevokeOtherSessions revokeOtherSessions, DeviceNames devices, ClientAddresses clientAddresses) {
        this.accountQueries = accountQueries;
        this.activityQueries = activityQueries;
        this.revokeSession = revokeSession;
        this.revokeOtherSessions = revokeOtherSessions;
        this.devices = devices;
        this.clientAddresses = clientAddresses;
    }

    @GetMapping("/api/sessions")
    @Operation(summary = "The caller's active sessions (devices), most recently used first; current marks this one")
    List<SessionResponse> list(@AuthenticationPrincipal JournalPrincipal caller) {
        return accountQueries.activeSessions(caller.userId()).stream()
                .map(session -> SessionResponse.from(session, devices.describe(session.userAgent()),
                        caller.sessionId()))
                .toList();
    }

    @DeleteMapping("/api/sessions/{id}")
    @Operation(summary = "Signs that device out (204); someone else's or an unknown session is a 404")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal JournalPrincipal caller, @PathVariable UUID id,
            HttpServletRequest http) {
        revokeSession.revoke(caller.userId(), new SessionId(id), client(http));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/sessions/others")
    @Operation(summary = "Signs out every other active session of the caller and keeps this one: {revoked: n}. "
            + "Needs an account access token (a demo token has no session: 404)")
    ResponseEntity<RevokedResponse> revokeOthers(@AuthenticationPrincipal JournalPrincipal caller,
            HttpServletRequest http) {
        if (caller.sessionId() == null) {
            throw new SessionNotFoundException();
        }
        int revoked = revokeOtherSessions.revokeOthers(caller.userId(), caller.sessionId(), client(http));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new RevokedResponse(revoked));
    }

    @GetMapping("/api/me/activity")
    @Operation(summary = "The account's security activity of the retention window (90 days), newest first, paged")
    ResponseEntity<ActivityPageResponse> activity(@AuthenticationPrincipal JournalPrincipal caller,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var rows = activityQueries.activity(caller.userId(), new PageRequest(page, size)).map(ActivityResponse::from);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(ActivityPageResponse.from(rows));
    }

    private ClientInfo client(HttpServletRequest http) {
        return new ClientInfo(http.getHeader(HttpHeaders.USER_AGENT), clientAddresses.of(http));
    }
}
