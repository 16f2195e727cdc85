package app.journal.bootstrap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
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
        @Valid @DefaultValue Tokens tokens,
        @Valid @DefaultValue Cors cors,
        @Valid @DefaultValue Api api,
        @NotNull @DefaultValue("http://localhost:8080") java.net.URI publicBaseUrl,
        @Valid @DefaultValue Auth auth,
        @Valid @DefaultValue Sessions sessions,
        @Valid @DefaultValue RateLimits rateLimits,
        @Valid @DefaultValue Passwords passwords,
        @Valid @DefaultValue Http http,
        @Valid @DefaultValue Mail mail,
        @Valid @DefaultValue Cookies cookies,
        @Valid @DefaultValue Activity activity,
        @Valid @DefaultValue Ops ops,
        @Valid @DefaultValue Admin admin) {

    /**
     * The security activity.
     *
     * @param retention how far back {@code GET /api/me/activity} lists, and the age at which rows are purged
     * @param refusedSignInWindow refused sign-ins of an account are counted into one row per window this long
     */
    public record Activity(
            @NotNull @DefaultValue("90d") Duration retention,
            @NotNull @DefaultValue("1h") Duration refusedSignInWindow) {}


    /**
     * @param publicMetrics whether the application port serves the operator endpoints (actuator
     *     beyond health, the OpenAPI description); off by default, see
     *     docs/decisions/0006-operations-surface.md
     * @param securityObservations whether Spring Security records an observation (a timer and a trace
     *     span) around every filter of its chains, every authentication and every authorisation; off by
     *     default, because on a refresh that wrapping alone cost a tenth of the server's CPU. The
     *     {@code http.server.requests} metrics do not depend on it. See
     *     docs/decisions/0024-a-lean-hot-path.md
     */
    public record Ops(@DefaultValue("false") boolean publicMetrics, @DefaultValue("false") boolean securityObservations) {}

    /**
     * @param requireEmailVerify the seed's auth_require_email_verify: unverified accounts cannot log in
     */
    public record Auth(
            @DefaultValue("true") boolean requireEmailVerify,
            @Min(8) @DefaultValue("12") int passwordMinLength,
            @Min(8) @DefaultValue("128") int passwordMaxLength,
            @Min(0) @DefaultValue("40") int passwordMinEntropyBits) {}

    public record Sessions(
            @NotNull @DefaultValue("14d") Duration idleTimeout,
            @NotNull @DefaultValue("30d") Duration absoluteLifetime,
            @NotNull @DefaultValue("10s") Duration reuseGrace,
            @NotNull @DefaultValue("12h") Duration browserSessionLifetime) {}

    /**
     * The cookie transport's cookies. {@code secure=false} is the plain-http development fallback
     * (no {@code __Host-} prefix, no {@code Secure}); never in production.
     */
    public record Cookies(
            @DefaultValue("true") boolean secure,
            @NotNull @Pattern(regexp = "Strict|Lax") @DefaultValue("Strict") String sameSite) {}

    public record Rule(@Min(1) int limit, @NotNull Duration window) {}

    /**
     * Administrators (issue 17). {@code emails} (JOURNAL_ADMIN_EMAILS, a comma list): a verified account with
     * such an address gets the admin role at its next sign-in. {@code requireSecondFactor}: an administrator
     * without two-step verification and without a passkey is refused. {@code countLimit}: the accounts' list
     * counts its matches up to this many and answers "more than" beyond (an exact count reads every account).
     */
    public record Admin(@DefaultValue List<String> emails, @DefaultValue("true") boolean requireSecondFactor,
            @Min(1) @DefaultValue("10000") int countLimit) {

        public Admin {
            emails = emails == null ? List.of() : emails.stream().map(String::strip).filter(e -> !e.isEmpty()).toList();
        }
    }

    /** Each rule is a limit per window; set both parts of a rule to change it. */
    public record RateLimits(
            @Valid Rule registerPerClient,
            @Valid Rule loginPerClient,
            @Valid Rule loginPerAccount,
            @Valid Rule resendPerClient,
            @Valid Rule resendPerAccount,
            @Valid Rule verifyPerClient,
            @Valid Rule forgotPerClient,
            @Valid Rule forgotPerAccount,
            @Valid Rule resetPerClient,
            @Valid Rule reauthPerAccount,
            @Valid Rule passkeyOptionsPerClient,
            @Valid Rule adminActionsPerAdmin) {

        public RateLimits {
            registerPerClient = orDefault(registerPerClient, 10, Duration.ofHours(1));
            loginPerClient = orDefault(loginPerClient, 30, Duration.ofMinutes(15));
            loginPerAccount = orDefault(loginPerAccount, 10, Duration.ofMinutes(15));
            resendPerClient = orDefault(resendPerClient, 10, Duration.ofHours(1));
            resendPerAccount = orDefault(resendPerAccount, 3, Duration.ofHours(1));
            verifyPerClient = orDefault(verifyPerClient, 30, Duration.ofHours(1));
            forgotPerClient = orDefault(forgotPerClient, 10, Duration.ofHours(1));
            forgotPerAccount = orDefault(forgotPerAccount, 3, Duration.ofHours(1));
            resetPerClient = orDefault(resetPerClient, 30, Duration.ofHours(1));
            reauthPerAccount = orDefault(reauthPerAccount, 5, Duration.ofMinutes(15));
            // Every opening of /login asks for passkey options (the browser call must run inside the click, so
            // they are fetched beforehand): their own, wider rule, so visiting the page costs no sign-in attempt.
            passkeyOptionsPerClient = orDefault(passkeyOptionsPerClient, 300, Duration.ofMinutes(15));
            adminActionsPerAdmin = orDefault(adminActionsPerAdmin, 60, Duration.ofMinutes(15));
        }

        private static Rule orDefault(@Nullable Rule rule, int limit, Duration window) {
            return rule != null ? rule : new Rule(limit, window);
        }
    }

    /** Argon2id cost (OWASP's minimum by default) and how many hashes may run at once. */
    public record Passwords(
            @Min(1024) @DefaultValue("19456") int memoryKib,
            @Min(1) @DefaultValue("2") int iterations,
            @Min(1) @DefaultValue("1") int parallelism,
            @Min(0) @DefaultValue("0") int maxConcurrent,
            @NotNull @DefaultValue("200ms") Duration acquireTimeout,
            @Min(0) @DefaultValue("64") int admissionQueue,
            @NotNull @DefaultValue("2s") Duration admissionWait) {}

    /**
     * Proxies whose X-Forwarded-For is believed: IP addresses and CIDR ranges, IPv4 and IPv6 (an entry
     * that is neither fails the start). Loopback by default: the web UI calls the API from this server
     * on its visitors' behalf and forwards their addresses.
     */
    public record Http(@DefaultValue({"127.0.0.1", "::1"}) List<String> trustedProxies) {}

    /**
     * @param from     the From of every account mail
     * @param delivery how the outbox is delivered (see docs/decisions/0005-durable-account-mail.md)
     * @param notices  which account notices are mailed
     */
    public record Mail(
            @NotBlank @DefaultValue("Journal <no-reply@journal.invalid>") String from,
            @Valid @DefaultValue Delivery delivery,
            @Valid @DefaultValue Notices notices) {}


    /**
     * The outbox worker of this node.
     *
     * @param enabled      whether this node delivers mail at all (it always queues)
     * @param pollInterval how often it looks for due mail
     * @param batchSize    how many mails it claims at once
     * @param maxAttempts  attempts before a mail is given up (counted as undeliverable)
     * @param backoffBase  wait after the first failed attempt; doubles after each further one
     * @param lease        how long a claimed mail is not offered to another node; longer than a batch takes
     */
    public record Delivery(
            @DefaultValue("true") boolean enabled,
            @NotNull @DurationMin(millis = 10) @DefaultValue("5s") Duration pollInterval,
            @Min(1) @Max(1000) @DefaultValue("20") int batchSize,
            @Min(1) @Max(100) @DefaultValue("8") int maxAttempts,
            @NotNull @DurationMin(millis = 1) @DefaultValue("30s") Duration backoffBase,
            @NotNull @DurationMin(seconds = 1) @DefaultValue("5m") Duration lease) {}


    /** Which account notices are mailed; each kind can be switched off. */
    public record Notices(
            @DefaultValue("true") boolean newDevice,
            @DefaultValue("true") boolean refreshReplayed,
            @DefaultValue("true") boolean othersSignedOut) {}


    /** The legacy demo mode (everyone is the demo user). */
    public record Demo(@DefaultValue("true") boolean enabled) {}

    /** Accounts and sessions; off means every route they add is a 404. */
    public record UserMgmt(@DefaultValue("false") boolean enabled) {}

    public record Tokens(
            @NotBlank @DefaultValue("journal") String issuer,
            @NotBlank @DefaultValue("journal-api") String accessAudience,
            @NotBlank @DefaultValue("journal-refresh") String refreshAudience,
            @NotBlank @DefaultValue("journal-verify") String verifyAudience,
            @NotNull @DefaultValue("10m") Duration accessTtl,
            @NotNull @DefaultValue("24h") Duration verifyTtl,
            @NotNull @DurationMin(seconds = 1) @DefaultValue("30m") Duration resetTtl,
            @NotNull @DurationMin(seconds = 1) @DefaultValue("24h") Duration emailChangeTtl,
            @NotNull @DefaultValue("30s") Duration clockSkew,
            @NotNull @DefaultValue(".journal/keys") Path keysDir,
            @Nullable String signingPrivateKeyPem,
            @Nullable String signingPublicKeyPem,
            @Nullable String hmacSecret) {}

    /** Origins allowed to call the API from a browser. Empty (the default): no cross-origin access. */
    public record Cors(@DefaultValue List<String> allowedOrigins) {}

    public record Api(@Min(1024) @DefaultValue("1048576") long maxRequestBytes) {}
}
