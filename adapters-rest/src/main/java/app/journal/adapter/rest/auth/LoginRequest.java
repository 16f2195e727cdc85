package app.journal.adapter.rest.auth;

import app.journal.domain.session.SessionPersistence;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * @param transport how the refresh token travels: {@code body} (default) or {@code cookie} (browsers)
 * @param rememberMe "keep me signed in"; absent means the transport's default (body: kept, as always;
 *     cookie: until the browser closes)
 */
public record LoginRequest(
        @Nullable String email,
        @Nullable String password,
        @Schema(description = "How the refresh token travels: body (default; non-browser clients) or cookie "
                + "(browser clients: HttpOnly cookie plus a CSRF token).", allowableValues = {"body", "cookie"},
                nullable = true)
        @Nullable String transport,
        @Schema(description = "Keep me signed in. Without it the session lasts journal.sessions."
                + "browser-session-lifetime (cookie transport: browser-session cookies). Absent: body transport "
                + "keeps the session (30 days by default), cookie transport does not.", nullable = true)
        @Nullable Boolean rememberMe) {

    SessionPersistence persistence(SessionPersistence whenUnsaid) {
        if (rememberMe == null) {
            return whenUnsaid;
        }
        return rememberMe ? SessionPersistence.PERSISTENT : SessionPersistence.BROWSER_SESSION;
    }

    @Override
    public String toString() {
        return "LoginRequest[email=" + email + ", password=redacted, transport=" + transport + ", rememberMe="
                + rememberMe + "]";
    }
}
