package app.journal.webui.api.passkeys;

import java.time.Instant;
import java.util.Objects;

/**
 * One WebAuthn ceremony the API started ({@code POST .../passkey/options} and its kin): the ceremony's id,
 * which goes back with the browser's answer, the {@code publicKey} options as the JSON the browser's
 * {@code PublicKeyCredential.parseCreationOptionsFromJSON} / {@code parseRequestOptionsFromJSON} reads (handed
 * to the page untouched: the web UI does not model WebAuthn), and when the API forgets the ceremony.
 */
public record PasskeyOptions(String ceremonyId, String publicKeyJson, Instant expiresAt) {

    public PasskeyOptions {
        Objects.requireNonNull(ceremonyId, "ceremonyId");
        Objects.requireNonNull(publicKeyJson, "publicKeyJson");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The challenge is in the options: not printed. */
    @Override
    public String toString() {
        return "PasskeyOptions[ceremonyId=<hidden>, expiresAt=" + expiresAt + "]";
    }
}
