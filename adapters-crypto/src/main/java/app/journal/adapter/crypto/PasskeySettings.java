package app.journal.adapter.crypto;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What the WebAuthn relying party needs to know, as plain values (bootstrap binds them from
 * {@code journal.public-base-url} and {@code journal.passkeys.*}).
 *
 * @param rpId the relying party ID: the host of the public base URL, e.g. {@code journal.example}
 * @param rpName the name an authenticator may show, e.g. {@code Journal}
 * @param allowedOrigins the origins a response may come from, e.g. {@code https://journal.example}
 * @param attestation {@code none} (the default: which authenticator made a passkey is not asked) or
 *        {@code direct}
 * @param allowedAaguids the authenticator models (AAGUIDs) a new passkey may come from; empty means any. Only
 *        useful with {@code direct} attestation: with {@code none}, browsers may send a zero AAGUID
 * @param timeout how long the browser is asked to wait for the person (the ceremony's lifetime)
 */
public record PasskeySettings(String rpId, String rpName, Set<String> allowedOrigins, String attestation,
        Set<UUID> allowedAaguids, Duration timeout) {

    public static final String ATTESTATION_NONE = "none";
    public static final String ATTESTATION_DIRECT = "direct";

    public PasskeySettings {
        Objects.requireNonNull(rpId, "rpId");
        Objects.requireNonNull(rpName, "rpName");
        Objects.requireNonNull(attestation, "attestation");
        Objects.requireNonNull(timeout, "timeout");
        if (rpId.isBlank() || rpId.contains(":") || rpId.contains("/")) {
            throw new IllegalArgumentException("rpId must be a host name, e.g. journal.example");
        }
        allowedOrigins = Set.copyOf(allowedOrigins);
        if (allowedOrigins.isEmpty()) {
            throw new IllegalArgumentException("at least one allowed origin is needed");
        }
        if (!attestation.equals(ATTESTATION_NONE) && !attestation.equals(ATTESTATION_DIRECT)) {
            throw new IllegalArgumentException("attestation must be none or direct, not " + attestation);
        }
        allowedAaguids = Set.copyOf(allowedAaguids);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    /** Attestation none, any authenticator, five minutes. */
    public static PasskeySettings of(String rpId, String rpName, Set<String> allowedOrigins) {
        return new PasskeySettings(rpId, rpName, allowedOrigins, ATTESTATION_NONE, Set.of(), Duration.ofMinutes(5));
    }
}
