package app.journal.application.testing;

import static app.journal.application.testing.StorageTime.micros;

import app.journal.application.port.out.AccountTokens.TokenHash;
import app.journal.application.port.out.PendingSecondSteps;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link PendingSecondSteps} in a map, behaving like the jOOQ adapter (see
 * {@code PendingSecondStepsContract}): by hash, unexpired only, spent once, failures counted one by one.
 * Every method is {@code synchronized}.
 */
public final class InMemoryPendingSecondSteps implements PendingSecondSteps {

    private final Map<TokenHash, PendingSecondStep> pending = new LinkedHashMap<>();

    @Override
    public synchronized void add(PendingSecondStep step) {
        if (pending.containsKey(step.hash())) {
            throw new IllegalStateException("duplicate key: a pending second step with this hash exists");
        }
        pending.put(step.hash(), new PendingSecondStep(step.hash(), step.userId(), step.persistence(),
                step.userAgent(), step.clientIp(), micros(step.createdAt()), micros(step.expiresAt()),
                step.failedAttempts()));
    }

    @Override
    public synchronized Optional<PendingSecondStep> find(TokenHash hash, Instant now) {
        return live(hash, now);
    }

    @Override
    public synchronized Optional<Integer> countFailure(TokenHash hash, Instant now) {
        return live(hash, now).map(step -> {
            var counted = new PendingSecondStep(step.hash(), step.userId(), step.persistence(), step.userAgent(),
                    step.clientIp(), step.createdAt(), step.expiresAt(), step.failedAttempts() + 1);
            pending.put(hash, counted);
            return counted.failedAttempts();
        });
    }

    @Override
    public synchronized Optional<PendingSecondStep> spend(TokenHash hash, Instant now) {
        var step = live(hash, now);
        step.ifPresent(s -> pending.remove(hash));
        return step;
    }

    @Override
    public synchronized int voidAll(UserId userId) {
        int before = pending.size();
        pending.values().removeIf(step -> step.userId().equals(userId));
        return before - pending.size();
    }

    @Override
    public synchronized int purgeExpired(Instant cutoff) {
        int before = pending.size();
        pending.values().removeIf(step -> step.expiresAt().isBefore(cutoff));
        return before - pending.size();
    }

    /** Every stored pending sign-in, in insertion order: for assertions in tests. */
    public synchronized List<PendingSecondStep> all() {
        return List.copyOf(pending.values());
    }

    private Optional<PendingSecondStep> live(TokenHash hash, Instant now) {
        return Optional.ofNullable(pending.get(hash)).filter(step -> step.expiresAt().isAfter(now));
    }
}
