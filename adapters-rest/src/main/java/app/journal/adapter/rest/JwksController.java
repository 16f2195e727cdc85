package app.journal.adapter.rest;

import app.journal.adapter.rest.token.JjwtTokenCodec;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public key of access tokens, so other services can verify them without asking Journal. */
@RestController
class JwksController {

    private final JjwtTokenCodec tokens;

    JwksController(JjwtTokenCodec tokens) {
        this.tokens = tokens;
    }

    @GetMapping(value = "/.well-known/jwks.json", produces = "application/jwk-set+json")
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(tokens.jwks());
    }
}
