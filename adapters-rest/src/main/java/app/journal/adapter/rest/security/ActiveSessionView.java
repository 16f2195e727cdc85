package app.journal.adapter.rest.security;

import app.journal.application.port.out.SessionEndings;
import app.journal.domain.session.SessionId;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * This node's view of which sessions are active, so that an authenticated request does not ask
 * PostgreSQL. A session's answer comes from the database once ({@code liveUntil}: the instant it is
 * over by age or idleness unless used again, empty when it is over) and is kept until that instant, or
 * until the session ends anywhere: the feed ({@link SessionEndings}, LISTEN/NOTIFY) forgets it at once.
 * Revocation therefore reaches every node within the notification's delay.
 *
 * <p>The view is trusted only while the feed is subscribed and was proved alive within {@code lease}.
 * Otherwise (at start-up, after the connection was lost, or when a heartbeat is overdue) every request
 * is answered from the database, so there is no time in which a revoked session is accepted from
 * memory, apart from the notification's own delay and, on a network that fails silently, at most the
 * lease. A new subscription forgets everything, since endings may have been missed without one.
 *
 * <p>An answer read from the database while an ending arrives could be stored after the ending was
 * applied; the epoch (counted up by every ending and every change of the feed) catches that: an
 * answer whose read overlapped a change is removed again.
 *
 * @see "docs/decisions/0009-one-statement-refresh-and-notified-revocation.md"
 */
public final class ActiveSessionView implements SessionEndings {

    private final Function<SessionId, Optional<Instant>> liveUntil;
    private final Clock clock;
    private final long leaseNanos;
    private final Cache<SessionId, Instant> active;
    private final AtomicLong epoch = new AtomicLong();
    private volatile boolean subscribed;
    private volatile long confirmedAt;

    public ActiveSessionView(Function<SessionId, Optional<Instant>> liveUntil, Clock clock, int maxEntries,
            Duration lease) {
        this.liveUntil = liveUntil;
        this.clock = clock;
        this.leaseNanos = lease.toNanos();
        this.active = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfter(Expiry.<SessionId, Instant>creating((id, until) -> untilNow(until)))
                .build();
    }

    /** Whether the session is active now: from memory while the feed is trusted, else from the database. */
    public boolean isActive(SessionId id) {
        Instant now = clock.instant();
        boolean trusted = isTrusted();
        if (trusted) {
            Instant until = active.getIfPresent(id);
            if (until != null && now.isBefore(until)) {
                return true;
            }
        }
        long seen = epoch.get();
        Optional<Instant> until = liveUntil.apply(id).filter(now::isBefore);
        if (until.isEmpty()) {
            return false;
        }
        if (trusted) {
            active.put(id, until.get());
            if (epoch.get() != seen) {
                active.invalidate(id);
            }
        }
        return true;
    }

    /** Whether answers come from memory: subscribed, and proved alive within the lease. */
    public boolean isTrusted() {
        return subscribed && System.nanoTime() - confirmedAt < leaseNanos;
    }

    @Override
    public void subscribed() {
        epoch.incrementAndGet();
        active.invalidateAll();
        confirmedAt = System.nanoTime();
        subscribed = true;
    }

    @Override
    public void confirmed() {
        confirmedAt = System.nanoTime();
    }

    @Override
    public void ended(SessionId session) {
        epoch.incrementAndGet();
        active.invalidate(session);
    }

    /**
     * Forgets every remembered answer (the feed stays trusted): the next request of each session is
     * answered from the database. For a node that could not confirm it heard its own revocation.
     */
    public void forgetAll() {
        epoch.incrementAndGet();
        active.invalidateAll();
    }

    @Override
    public void lost() {
        subscribed = false;
        epoch.incrementAndGet();
        active.invalidateAll();
    }

    private Duration untilNow(Instant until) {
        Duration left = Duration.between(clock.instant(), until);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
