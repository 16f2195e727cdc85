package app.journal.webui.api;

import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * When an access token expires, read from its {@code exp} claim without checking its signature: the API
 * checks every token it is given; the web UI only wants to know whether asking with this one would
 * make the API renew it.
 */
public final class AccessTokenExpiry {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AccessTokenExpiry() {
    }

    /** The expiry of a compact JWS's payload; empty when the token is not one or carries no numeric {@code exp}. */
    public static Optional<Instant> of(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonNode exp = JSON.readTree(Base64.getUrlDecoder().decode(parts[1])).get("exp");
            return exp != null && exp.isIntegralNumber() ? Optional.of(Instant.ofEpochSecond(exp.asLong()))
                    : Optional.empty();
        } catch (IllegalArgumentException | JacksonException notAToken) {
            return Optional.empty();
        }
    }
}
