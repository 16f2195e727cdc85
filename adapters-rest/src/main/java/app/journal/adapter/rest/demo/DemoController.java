package app.journal.adapter.rest.demo;

import app.journal.adapter.rest.token.JjwtTokenCodec;
import app.journal.application.port.in.session.StartDemoSession;
import java.time.Clock;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The legacy demo mode: anyone may become the shared demo user. Available whatever the
 * user-management flag says; {@code journal.demo.enabled=false} switches it off (404).
 */
@RestController
@RequestMapping("/api/demo")
class DemoController {

    private final StartDemoSession startDemoSession;
    private final JjwtTokenCodec tokens;
    private final Clock clock;

    DemoController(StartDemoSession startDemoSession, JjwtTokenCodec tokens, Clock clock) {
        this.startDemoSession = startDemoSession;
        this.tokens = tokens;
        this.clock = clock;
    }

    @PostMapping("/session")
    ResponseEntity<AccessTokenResponse> startSession() {
        var user = startDemoSession.start();
        var token = tokens.issueAccess(user.id(), null, user.roles());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(AccessTokenResponse.from(token, clock));
    }
}
