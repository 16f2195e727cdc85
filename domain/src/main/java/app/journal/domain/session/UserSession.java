package app.journal.domain.session;

import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A signed-in device: the server-side record a refresh token is bound to. Its {@link #refreshId()}
 * is the only refresh generation that may rotate; {@link #previousRefreshId()} is remembered so that
 * a replay can be told apart from a token we never issued.
 */
public record UserSession(
        SessionId id,
        UserId userId,
        RefreshId refreshId,
        @Nullable RefreshId previousRefreshId,
        @Nullable Instant rotatedAt,
        Instant createdAt,
        Instant lastUsedAt,
        Instant expiresAt,
        @Nullable Instant revokedAt,
        @Nullable RevokeReason revokeReason,
        @Nullable String userAgent,
        @Nullable String clientIp) {

    public UserSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(refreshId, "refreshId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if ((revokedAt == null) != (revokeReason == null)) {
            throw new IllegalArgumentException("revokedAt and revokeReason go together");
        }
    }

    /** A new session, over {@link SessionPolicy#lifetimeOf the lifetime of its kind} after {@code now}. */
    public static UserSession start(
            SessionId id,
            UserId userId,
            RefreshId refreshId,
            Instant now,
            SessionPolicy policy,
            SessionPersistence persistence,
            @Nullable String userAgent,
            @Nullable String clientIp) {
        return new UserSession(id, userId, refreshId, null, null, now, now,
                now.plus(policy.lifetimeOf(persistence)), null, null, userAgent, clientIp);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** Over by age or by idleness (revocation is separate). */
    public boolean isExpired(Instant now, SessionPolicy policy) {
        return !now.isBefore(liveUntil(policy));
    }

    /**
     * The first instant at which this session is over by age or idleness unless it is used again
     * (revocation is separate): the earlier of its absolute expiry and its idle deadline. A view of
     * active sessions may trust an answer until then, because only a revocation can end it sooner.
     */
    public Instant liveUntil(SessionPolicy policy) {
        Instant idleDeadline = lastUsedAt.plus(policy.idleTimeout());
        return idleDeadline.isBefore(expiresAt) ? idleDeadline : expiresAt;
    }

    public boolean isActive(Instant now, SessionPolicy policy) {
        return !isRevoked() && !isExpired(now, policy);
    }

    /**
     * The rotation rule. Pure: it decides, the caller persists (with a compare-and-swap on
     * {@code presented}, so a concurrent rotation makes the write fail and the caller decides again
     * on fresh state).
     */
    public Rotation rotate(RefreshId presented, Instant now, RefreshId next, SessionPolicy policy) {
        return rotate(new RefreshStep(id, presented, next, now), policy);
    }

    /**
     * The rotation rule for one proposed {@link RefreshStep}. A store that applies the step in the
     * same statement that reads the session (so that a refresh is one statement) writes the step's
     * values as they are and guards the write with the conditions under which this method answers
     * {@link Rotation.Rotated}; the contract test holds each store to this method, branch for branch.
     */
    public Rotation rotate(RefreshStep step, SessionPolicy policy) {
        return rotate(step, policy, null);
    }

    /**
     * As {@link #rotate(RefreshStep, SessionPolicy)}, and where that answers {@link Rotation.ReuseDetected},
     * first asks {@code chain} whether the presented token is a later generation than the stored one, one
     * that only a rotation whose commit was lost can have issued: then {@link Rotation.StoreBehind}. A
     * token of an earlier generation (a real replay) is never a later one, so reuse detection is unchanged.
     *
     * @see "docs/decisions/0025-refresh-commits-without-waiting-for-the-flush.md"
     */
    public Rotation rotate(RefreshStep step, SessionPolicy policy, @Nullable RefreshChain chain) {
        if (!step.session().equals(id)) {
            throw new IllegalArgumentException("step " + step.session() + " is not for session " + id);
        }
        RefreshId presented = step.from();
        Instant now = step.at();
        if (isRevoked()) {
            return new Rotation.Revoked(this);
        }
        if (isExpired(now, policy)) {
            return new Rotation.Expired(this);
        }
        if (presented.equals(refreshId)) {
            return new Rotation.Rotated(new UserSession(id, userId, step.to(), step.from(), step.at(), createdAt,
                    step.at(), expiresAt, null, null, userAgent, clientIp));
        }
        if (presented.equals(previousRefreshId)
                && rotatedAt != null
                && now.isBefore(rotatedAt.plus(policy.reuseGrace()))) {
            return new Rotation.AlreadyRotated(this);
        }
        int lost = chain == null ? 0 : chain.generationsAhead(id, refreshId, presented);
        if (lost > 0) {
            return new Rotation.StoreBehind(this, new RefreshStep(id, refreshId, presented, now), lost);
        }
        return new Rotation.ReuseDetected(this);
    }

    public UserSession revoke(Instant now, RevokeReason reason) {
        if (isRevoked()) {
            return this;
        }
        return new UserSession(id, userId, refreshId, previousRefreshId, rotatedAt, createdAt, lastUsedAt,
                expiresAt, now, reason, userAgent, clientIp);
    }
}
