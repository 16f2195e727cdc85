package app.journal.webui.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of {@code POST /api/auth/login}: {@code 200} the tokens as {@link TokenResponse}, or {@code 202}
 * "a second step is needed" with its opaque token, the methods it accepts and when it expires. One record
 * for both, told apart by the status ({@link SignIns}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record LoginAnswer(@Nullable String accessToken, @Nullable String tokenType, @Nullable Long expiresIn, @Nullable Long refreshExpiresIn,
        @Nullable String csrfToken, @Nullable Boolean secondStepRequired, @Nullable String secondStepToken,
        @Nullable List<String> methods, @Nullable Instant expiresAt) {

    TokenResponse tokens() {
        return new TokenResponse(accessToken, tokenType, expiresIn == null ? 0 : expiresIn,
                refreshExpiresIn == null ? 0 : refreshExpiresIn, csrfToken);
    }

    @Override
    public String toString() {
        return "LoginAnswer[redacted]";
    }
}
