package app.journal.adapter.rest.auth.transport;

import app.journal.adapter.rest.auth.transport.Presentation.Presented;
import app.journal.adapter.rest.auth.transport.Presentation.Refusal;
import app.journal.adapter.rest.auth.transport.Presentation.Refused;
import app.journal.adapter.rest.token.InvalidTokenException;
import app.journal.adapter.rest.token.JjwtTokenCodec;
import app.journal.domain.session.SessionPersistence;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * For non-browser clients: the refresh token is in the JSON body of the sign-in and refresh answers,
 * and the client presents it in the body ({@code refreshToken}). Nothing ambient (no cookie) comes
 * with such a request, so there is nothing to forge across sites and no CSRF check.
 */
public final class BodyTransport implements RefreshTokenTransport {

    private static final Logger log = LoggerFactory.getLogger(BodyTransport.class);

    private final JjwtTokenCodec tokens;
    private final Clock clock;

    public BodyTransport(JjwtTokenCodec tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "body";
    }

    /** As before there was a choice: a 30-day session. */
    @Override
    public SessionPersistence defaultPersistence() {
        return SessionPersistence.PERSISTENT;
    }

    @Override
    public boolean carries(HttpServletRequest request, @Nullable String bodyToken) {
        return bodyToken != null && !bodyToken.isBlank();
    }

    @Override
    public Presentation read(HttpServletRequest request, @Nullable String bodyToken) {
        try {
            return new Presented(tokens.readRefresh(bodyToken == null ? "" : bodyToken));
        } catch (InvalidTokenException e) {
            log.debug("Refresh token refused: {}", e.getMessage());
            return new Refused(bodyToken == null || bodyToken.isBlank() ? Refusal.ABSENT : Refusal.UNREADABLE,
                    new HttpHeaders());
        }
    }

    @Override
    public ResponseEntity<TokenResponse> deliver(SessionTokens issued) {
        return TokenResponse.answer(new HttpHeaders(), TokenResponse.inBody(issued, clock));
    }

    @Override
    public HttpHeaders forget() {
        return new HttpHeaders();
    }
}
