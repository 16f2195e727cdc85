package app.journal.application.testing;

import static app.journal.application.testing.StorageTime.micros;

import app.journal.application.port.out.TwoStepFactors;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@link TwoStepFactors} in maps, behaving like the jOOQ adapter (see {@code TwoStepFactorsContract}).
 * Every method is {@code synchronized}, so {@link #useStep} and {@link #spendRecoveryCode} are real
 * compare-and-sets: of several threads using the same step or code, exactly one wins.
 */
public final class InMemoryTwoStepFactors implements TwoStepFactors {

    private record Code(Instant createdAt, @Nullable Instant usedAt) {}

    private final Map<UserId, Factor> factors = new HashMap<>();
    private final Map<UserId, Map<String, Code>> codes = new HashMap<>();

    @Override
    public synchronized boolean beginEnrolment(UserId userId, byte[] sealedSecret, Instant now) {
        Factor current = factors.get(userId);
        if (current != null && current.enabled()) {
            return false;
        }
        factors.put(userId, new Factor(userId, sealedSecret, null, -1, micros(now)));
        return true;
    }

    @Override
    public synchronized Optional<Factor> find(UserId userId) {
        return Optional.ofNullable(factors.get(userId));
    }

    @Override
    public synchronized boolean confirm(UserId userId, long step, Instant now) {
        Factor current = factors.get(userId);
        if (current == null || current.enabled()) {
            return false;
        }
        factors.put(userId, new Factor(userId, current.sealedSecret(), micros(now), step, current.createdAt()));
        return true;
    }

    @Override
    public synchronized boolean useStep(UserId userId, long step) {
        Factor current = factors.get(userId);
        if (current == null || !current.enabled() || current.lastUsedStep() >= step) {
            return false;
        }
        factors.put(userId, new Factor(userId, current.sealedSecret(), current.confirmedAt(), step,
                current.createdAt()));
        return true;
    }

    @Override
    public synchronized boolean remove(UserId userId) {
        codes.remove(userId);
        Factor removed = factors.remove(userId);
        return removed != null && removed.enabled();
    }

    @Override
    public synchronized void replaceRecoveryCodes(UserId userId, List<String> digests, Instant now) {
        Map<String, Code> fresh = new LinkedHashMap<>();
        for (String digest : new LinkedHashSet<>(digests)) {
            fresh.put(digest, new Code(micros(now), null));
        }
        codes.put(userId, fresh);
    }

    @Override
    public synchronized List<String> unusedRecoveryCodes(UserId userId) {
        return codes.getOrDefault(userId, Map.of()).entrySet().stream()
                .filter(code -> code.getValue().usedAt() == null)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    @Override
    public synchronized boolean spendRecoveryCode(UserId userId, String digest, Instant now) {
        Map<String, Code> ofUser = codes.get(userId);
        Code code = ofUser == null ? null : ofUser.get(digest);
        if (code == null || code.usedAt() != null) {
            return false;
        }
        ofUser.put(digest, new Code(code.createdAt(), micros(now)));
        return true;
    }
}
