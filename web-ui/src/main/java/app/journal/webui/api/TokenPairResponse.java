package app.journal.webui.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** The JSON of {@code POST /api/auth/login} and {@code POST /api/auth/refresh}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record TokenPairResponse(@Nullable String accessToken, @Nullable String refreshToken, @Nullable String tokenType,
        long expiresIn, long refreshExpiresIn) {

    boolean complete() {
        return accessToken != null && !accessToken.isBlank() && refreshToken != null && !refreshToken.isBlank();
    }

    @Override
    public String toString() {
        return "TokenPairResponse[redacted]";
    }
}
