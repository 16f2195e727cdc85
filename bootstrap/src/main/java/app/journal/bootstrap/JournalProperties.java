package app.journal.bootstrap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Every Journal setting ({@code journal.*}); the README documents each one. */
@ConfigurationProperties("journal")
@Validated
public record JournalProperties(
        @Valid @DefaultValue Demo demo,
        @Valid @DefaultValue UserMgmt userMgmt,
        @Valid @DefaultValue Db db,
        @Valid @DefaultValue Tokens tokens,
        @Valid @DefaultValue Cors cors,
        @Valid @DefaultValue Api api) {

    /** The legacy demo mode (everyone is the demo user). */
    public record Demo(@DefaultValue("true") boolean enabled) {}

    /** Accounts and sessions; off means every route they add is a 404. */
    public record UserMgmt(@DefaultValue("false") boolean enabled) {}

    public record Db(@DefaultValue("true") boolean createIfMissing) {}

    public record Tokens(
            @NotBlank @DefaultValue("journal") String issuer,
            @NotBlank @DefaultValue("journal-api") String accessAudience,
            @NotBlank @DefaultValue("journal-refresh") String refreshAudience,
            @NotBlank @DefaultValue("journal-verify") String verifyAudience,
            @NotNull @DefaultValue("10m") Duration accessTtl,
            @NotNull @DefaultValue("24h") Duration verifyTtl,
            @NotNull @DefaultValue("30s") Duration clockSkew,
            @NotNull @DefaultValue(".journal/keys") Path keysDir,
            @Nullable String signingPrivateKeyPem,
            @Nullable String signingPublicKeyPem,
            @Nullable String hmacSecret) {}

    /** Origins allowed to call the API from a browser. Empty (the default): no cross-origin access. */
    public record Cors(@DefaultValue List<String> allowedOrigins) {}

    public record Api(@Min(1024) @DefaultValue("1048576") long maxRequestBytes) {}
}
