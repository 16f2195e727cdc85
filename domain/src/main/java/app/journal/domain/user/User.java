package app.journal.domain.user;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A person with an account, or the shared demo user (who has no password and cannot log in with
 * one).
 */
public record User(
        UserId id,
        EmailAddress email,
        @Nullable PasswordHash passwordHash,
        @Nullable Instant emailVerifiedAt,
        Set<Role> roles,
        @Nullable Instant disabledAt,
        Instant createdAt,
        Instant updatedAt) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A newly registered account: always unverified, always just {@link Role#USER}. */
    public static User register(UserId id, EmailAddress email, PasswordHash hash, Instant now) {
        return new User(id, email, hash, null, Set.of(Role.USER), null, now, now);
    }

    public boolean isVerified() {
        return emailVerifiedAt != null;
    }

    public boolean isDisabled() {
        return disabledAt != null;
    }

    /** Whether this account may start a session now; every "no" looks the same to the caller. */
    public LoginEligibility loginEligibility(boolean requireVerifiedEmail) {
        if (passwordHash == null) {
            return LoginEligibility.NO_PASSWORD;
        }
        if (isDisabled()) {
            return LoginEligibility.DISABLED;
        }
        if (requireVerifiedEmail && !isVerified()) {
            return LoginEligibility.UNVERIFIED;
        }
        return LoginEligibility.ELIGIBLE;
    }

    public enum LoginEligibility {
        ELIGIBLE,
        NO_PASSWORD,
        DISABLED,
        UNVERIFIED
    }
}
