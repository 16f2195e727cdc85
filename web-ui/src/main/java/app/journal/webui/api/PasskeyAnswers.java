package app.journal.webui.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import app.journal.webui.api.passkeys.Passkey;
import app.journal.webui.api.passkeys.PasskeyOptions;

/** The JSON answers of the passkey calls that the web UI reads before it hands something on. */
final class PasskeyAnswers {

    private PasskeyAnswers() {
    }

    /** Every {@code .../options}: the {@code publicKey} stays a JSON tree, read by the browser, not by Java. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Options(@Nullable String ceremonyId, @Nullable JsonNode publicKey, @Nullable Instant expiresAt) {

        PasskeyOptions usable() {
            if (ceremonyId == null || ceremonyId.isBlank() || publicKey == null || !publicKey.isObject()
                    || expiresAt == null) {
                throw new ApiProblemException(502, "Bad answer from the journal service",
                        "The journal service started a passkey request but sent no usable options.");
            }
            return new PasskeyOptions(ceremonyId, publicKey.toString(), expiresAt);
        }

        @Override
        public String toString() {
            return "Options[redacted]";
        }
    }

    /** {@code GET /api/me/passkeys}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Listed(@Nullable List<Passkey> passkeys) {
    }
}
