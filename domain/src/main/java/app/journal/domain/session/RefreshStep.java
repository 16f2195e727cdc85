package app.journal.domain.session;

import java.time.Instant;
import java.util.Objects;

/**
 * One proposed rotation: session {@code session} moves from refresh generation {@code from} to
 * {@code to} at {@code at}. Whether it may is {@link UserSession#rotate(RefreshStep, SessionPolicy)}'s
 * decision; what it changes is exactly these values (the current generation becomes {@code to}, the
 * previous one {@code from}, rotated and last used at {@code at}), so a store writes them as they are
 * and never derives a rotation of its own.
 */
public record RefreshStep(SessionId session, RefreshId from, RefreshId to, Instant at) {

    public RefreshStep {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        if (from.equals(to)) {
            throw new IllegalArgumentException("a rotation must move to a new refresh generation");
        }
    }
}
