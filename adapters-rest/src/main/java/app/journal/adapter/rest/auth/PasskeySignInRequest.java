package app.journal.adapter.rest.auth;

import app.journal.domain.session.SessionPersistence;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Finishing a passkey sign-in: the ceremony from {@code POST /api/auth/passkey/options}, the browser's answer,
 * and the same {@code transport} and {@code rememberMe} as {@link LoginRequest}.
 */
public record PasskeySignInRequest(
        @Nullable UUID ceremonyId,
        @Schema(description = "What PublicKeyCredential.toJSON() gives for navigator.credentials.get()",
                type = "object") @Nullable JsonNode credential,
        @Schema(description = "As for /api/auth/login: body (default) or cookie", allowableValues = {"body", "cookie"},
                nullable = true) @Nullable String transport,
        @Schema(description = "As for /api/auth/login", nullable = true) @Nullable Boolean rememberMe) {

    SessionPersistence persistence(SessionPersistence whenUnsaid) {
        if (rememberMe == null) {
            return whenUnsaid;
        }
        return rememberMe ? SessionPersistence.PERSISTENT : SessionPersistence.BROWSER_SESSION;
    }

    @Override
    public String toString() {
        return "PasskeySignInRequest[ceremonyId=" + ceremonyId + ", credential=redacted, transport=" + transport
                + ", rememberMe=" + rememberMe + "]";
    }
}
