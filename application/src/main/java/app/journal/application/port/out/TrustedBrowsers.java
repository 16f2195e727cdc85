package app.journal.application.port.out;

import app.journal.application.port.out.AccountTokens.TokenHash;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Browsers the account holder asked Journal to trust for a while ("trust this browser for 30 days"):
 * such a browser skips the second sign-in step. The browser holds a random token in an HttpOnly cookie;
 * only its SHA-256 is stored, with the account it belongs to, so a mark works for that account alone and
 * is void the moment its row is gone.
 */
public interface TrustedBrowsers {

    void add(TrustedBrowser browser);

    /** The unexpired mark with this token hash. */
    Optional<TrustedBrowser> find(TokenHash hash, Instant now);

    /** The account's unexpired marks, newest first. */
    List<TrustedBrowser> of(UserId userId, Instant now);

    /** Removes one mark of the account; true when there was one. */
    boolean remove(UserId userId, UUID id);

    /** Removes every mark of the account; returns how many. */
    int voidAll(UserId userId);

    /** Deletes every mark that expired before {@code cutoff}; returns how many. */
    int purgeExpired(Instant cutoff);

    record TrustedBrowser(UUID id, UserId userId, TokenHash hash, String device, Instant createdAt,
            Instant expiresAt) {

        public TrustedBrowser {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(hash, "hash");
            Objects.requireNonNull(device, "device");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }
}
