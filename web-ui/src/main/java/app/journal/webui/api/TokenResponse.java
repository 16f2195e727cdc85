package app.journal.webui.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of {@code POST /api/auth/login} and {@code POST /api/auth/refresh} with the cookie transport:
 * the refresh token is in the HttpOnly cookie the API sets, not here (and any {@code refreshToken} key a
 * server might send anyway is not read). The CSRF token is what proves the next cookie-borne call.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record TokenResponse(@Nullable String accessToken, @Nullable String tokenType, long expiresIn, long refreshExpiresIn,
        @Nullable String csrfToken) {

    boolean complete() {
        return accessToken != null && !accessToken.isBlank();
    }

    /** The CSRF token if the answer had a usable one. */
    @Nullable String csrf() {
        return csrfToken == null || csrfToken.isBlank() ? null : csrfToken;
    }

    @Override
    public String toString() {
        return "TokenResponse[redacted]";
    }
}
