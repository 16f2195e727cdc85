package app.journal.adapter.rest.auth.transport;

import app.journal.domain.session.SessionPersistence;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * How a refresh token travels between Journal and a client. A client picks one at sign-in; refresh
 * and logout find it again from what the request carries. Everything a transport needs to believe a
 * presented token (for cookies: Fetch Metadata and the CSRF token) happens in {@link #read}, before
 * anything is rotated or revoked.
 */
public interface RefreshTokenTransport {

    /** The name a client asks for at sign-in ({@code transport} in the login body). */
    String name();

    /** Whether a sign-in that does not say ({@code rememberMe} absent) is kept past the browser's life. */
    SessionPersistence defaultPersistence();

    /** Whether this refresh or logout request presents its refresh token this way. */
    boolean carries(HttpServletRequest request, @Nullable String bodyToken);

    /** The refresh token this request presents, after this transport's checks. */
    Presentation read(HttpServletRequest request, @Nullable String bodyToken);

    /** The answer to a sign-in or a rotation: the new tokens, carried this way. */
    ResponseEntity<TokenResponse> deliver(SessionTokens tokens);

    /** Headers that make the client let go of its refresh token (for cookies: clear them). */
    HttpHeaders forget();
}
