package app.journal.application.service;

import app.journal.application.port.out.AccountTokens;
import app.journal.application.port.out.AccountTokens.Purpose;
import app.journal.application.port.out.AccountTokens.TokenHash;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secrets of reset and email-change links: 32 bytes from {@link SecureRandom} (256 bits),
 * base64url without padding (43 characters). Only their SHA-256 is stored ({@link AccountTokens}); a
 * fast hash is enough because the secret is random and long, not a password. A token is minted when
 * its mail is delivered, so the outbox never holds one.
 *
 * @see "docs/decisions/0007-account-link-tokens.md"
 */
public final class LinkTokens {

    private static final int BYTES = 32;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final AccountTokens store;
    private final Settings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param resetTtl       how long a reset link works ({@code journal.tokens.reset-ttl})
     * @param emailChangeTtl how long an email-change link works ({@code journal.tokens.email-change-ttl})
     */
    public record Settings(Duration resetTtl, Duration emailChangeTtl) {
        public Settings {
            if (resetTtl.isNegative() || resetTtl.isZero() || emailChangeTtl.isNegative() || emailChangeTtl.isZero()) {
                throw new IllegalArgumentException("link lifetimes must be positive");
            }
        }
    }

    public LinkTokens(AccountTokens store, Settings settings, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A fresh token for (user, purpose), replacing the account's earlier one; only its hash is kept. */
    public String issue(UserId userId, Purpose purpose, EmailAddress email) {
        var bytes = new byte[BYTES];
        random.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var ttl = switch (purpose) {
            case PASSWORD_RESET -> settings.resetTtl();
            // A cancel link lives as long as the change it cancels can still be confirmed.
            case EMAIL_CHANGE, EMAIL_CHANGE_CANCEL -> settings.emailChangeTtl();
        };
        store.store(userId, purpose, hash(token), email, clock.instant().plus(ttl));
        return token;
    }

    /** The hash to look a presented token up by; empty for anything that cannot be one of ours. */
    public static Optional<TokenHash> hashOf(String presented) {
        if (presented == null || !SHAPE.matcher(presented).matches()) {
            return Optional.empty();
        }
        return Optional.of(hash(presented));
    }

    public static TokenHash hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return new TokenHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
