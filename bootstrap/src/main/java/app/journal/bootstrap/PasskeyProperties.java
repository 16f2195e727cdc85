package app.journal.bootstrap;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Passkeys ({@code journal.passkeys.*}); the README documents each setting. The relying party ID is the host of
 * {@code journal.public-base-url} and its origin is always allowed; these only add to it.
 *
 * @param extraOrigins more origins whose passkey answers are accepted (another port or host serving the same
 *     site, e.g. {@code https://www.journal.example}); each a scheme, host and optional port
 * @param attestation {@code none} (default: no authenticator statement asked for) or {@code direct}
 * @param allowedAaguids when not empty, only authenticator models with these AAGUIDs may be added
 * @param ceremonyTtl how long options stay valid on the server (registration, sign-in, confirmation)
 */
@ConfigurationProperties("journal.passkeys")
@Validated
public record PasskeyProperties(
        @NotNull @DefaultValue List<@Pattern(regexp = "https?://[^/?#]+") String> extraOrigins,
        @NotNull @DefaultValue("none") @Pattern(regexp = "none|direct") String attestation,
        @NotNull @DefaultValue Set<UUID> allowedAaguids,
        @NotNull @DefaultValue("5m") @DurationMin(seconds = 30) @DurationMax(minutes = 30) Duration ceremonyTtl) {}
