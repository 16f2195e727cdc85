package app.journal.adapter.rest.passkey;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The request bodies of the passkey routes; none prints the credential. */
public final class PasskeyRequests {

    private PasskeyRequests() {}

    /** The JSON text of a {@code PublicKeyCredential.toJSON()} object, or null when it is absent or no object. */
    public static @Nullable String credentialJson(@Nullable JsonNode credential) {
        return credential == null || !credential.isObject() ? null : credential.toString();
    }

    /** Finishing "add a passkey". */
    record RegisterRequest(
            @Nullable UUID ceremonyId,
            @Schema(description = "What PublicKeyCredential.toJSON() gives for navigator.credentials.create()",
                    type = "object") @Nullable JsonNode credential,
            @Schema(description = "What to call it; absent: the device it was made on (\"Chrome on Linux\")",
                    nullable = true) @Nullable String name) {
        @Override
        public String toString() {
            return "RegisterRequest[ceremonyId=" + ceremonyId + ", credential=redacted, name=" + name + "]";
        }
    }

    /** Renaming one. */
    record RenameRequest(@Nullable String name) {}

    /** Finishing "confirm it's you" with a passkey. */
    record ConfirmRequest(
            @Nullable UUID ceremonyId,
            @Schema(description = "What PublicKeyCredential.toJSON() gives for navigator.credentials.get()",
                    type = "object") @Nullable JsonNode credential) {
        @Override
        public String toString() {
            return "ConfirmRequest[ceremonyId=" + ceremonyId + ", credential=redacted]";
        }
    }
}
