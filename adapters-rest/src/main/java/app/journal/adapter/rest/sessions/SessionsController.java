package app.journal.adapter.rest.sessions;

import app.journal.adapter.rest.security.JournalPrincipal;
import app.journal.application.port.in.AccountQueries;
import app.journal.application.port.in.RevokeSession;
import app.journal.domain.session.SessionId;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The seed's M5.T1: a user's devices, and signing one of them out. */
@RestController
@RequestMapping("/api/sessions")
class SessionsController {

    private final AccountQueries accountQueries;
    private final RevokeSession revokeSession;

    SessionsController(AccountQueries accountQueries, RevokeSession revokeSession) {
        this.accountQueries = accountQueries;
        this.revokeSession = revokeSession;
    }

    @GetMapping
    List<SessionResponse> list(@AuthenticationPrincipal JournalPrincipal caller) {
        return accountQueries.activeSessions(caller.userId()).stream()
                .map(session -> SessionResponse.from(session, caller.sessionId()))
                .toList();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal JournalPrincipal caller, @PathVariable UUID id) {
        revokeSession.revoke(caller.userId(), new SessionId(id));
        return ResponseEntity.noContent().build();
    }
}
