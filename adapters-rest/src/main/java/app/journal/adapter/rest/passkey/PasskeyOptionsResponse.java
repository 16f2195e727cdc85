package app.journal.adapter.rest.passkey;

import app.journal.application.port.in.mfa.PasskeyOptions;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** Every passkey options answer: the ceremony to finish, the WebAuthn options, until when they hold. */
public record PasskeyOptionsResponse(
        @Schema(description = "Send it back with the credential to finish") UUID ceremonyId,
        @Schema(description = "WebAuthn Level 3 options JSON, for PublicKeyCredential.parseCreationOptionsFromJSON "
                + "or parseRequestOptionsFromJSON", type = "object") @JsonRawValue String publicKey,
        @Schema(description = "After this the ceremony is gone: fetch new options") Instant expiresAt) {

    public static PasskeyOptionsResponse of(PasskeyOptions options) {
        return new PasskeyOptionsResponse(options.ceremonyId(), options.publicKeyJson(), options.expiresAt());
    }
}
