package app.journal.application.port.in.mfa;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What a client needs to run a WebAuthn ceremony: the id to finish it with, the options as WebAuthn Level 3
 * JSON ({@code PublicKeyCredential.parseCreationOptionsFromJSON/parseRequestOptionsFromJSON} read them), and
 * until when the server keeps them.
 */
public record PasskeyOptions(UUID ceremonyId, String publicKeyJson, Instant expiresAt) {
    public PasskeyOptions {
        Objects.requireNonNull(ceremonyId, "ceremonyId");
        Objects.requireNonNull(publicKeyJson, "publicKeyJson");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
