package app.journal.application.port.out;

import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The single-use secrets that reset, email-change and cancel-email-change links carry, stored by their SHA-256 only: a
 * reader of the store cannot use one. An account has at most one live token per purpose, so storing a
 * newer one makes the older link fail. Spending is one atomic statement: of two uses, one wins.
 *
 * @see "docs/decisions/0007-account-link-tokens.md"
 */
public interface AccountTokens {

    /** Stores the token with this hash for (user, purpose), replacing the account's earlier one of that purpose. */
    void store(UserId userId, Purpose purpose, TokenHash hash, EmailAddress email, Instant expiresAt);

    /** The unexpired token with this hash and purpose, without spending it. */
    Optional<Grant> find(TokenHash hash, Purpose purpose, Instant now);

    /** Deletes the unexpired token with this hash and purpose and says what it granted; empty if none (any more). */
    Optional<Grant> spend(TokenHash hash, Purpose purpose, Instant now);

    /**
     * Deletes the account's tokens of these purposes, live or not, so their links fail from now on;
     * returns how many. Joins the caller's unit of work.
     */
    int voidAll(UserId userId, Set<Purpose> purposes);

    /** Deletes every token that expired before {@code cutoff}; returns how many. */
    int purgeExpired(Instant cutoff);

    enum Purpose {
        PASSWORD_RESET,
        EMAIL_CHANGE,
        /** The "this was not me" link mailed to the current address when a change of address is asked for. */
        EMAIL_CHANGE_CANCEL;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The SHA-256 of a token, hex; never the token. */
    record TokenHash(String hex) {
        public TokenHash {
            Objects.requireNonNull(hex, "hex");
            if (!hex.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("a token hash is 64 lower-case hex digits");
            }
        }
    }

    /**
     * What a token grants: to whom, and the address it was sent to (for a reset, the account's address
     * then; for an email change, the new address).
     */
    record Grant(UserId userId, EmailAddress email, Instant expiresAt) {
        public Grant {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }
}
