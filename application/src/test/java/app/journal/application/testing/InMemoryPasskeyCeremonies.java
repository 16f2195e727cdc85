package app.journal.application.testing;

import app.journal.application.port.out.PasskeyCeremonies;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link PasskeyCeremonies} in a map, like the jOOQ adapter (see {@code PasskeyCeremoniesContract}); synchronized. */
public final class InMemoryPasskeyCeremonies implements PasskeyCeremonies {

    private final Map<UUID, Ceremony> ceremonies = new HashMap<>();

    @Override
    public synchronized void begin(Ceremony ceremony) {
        if (ceremonies.putIfAbsent(ceremony.id(), ceremony) != null) {
            throw new IllegalStateException("duplicate key: a ceremony with this id exists");
        }
    }

    @Override
    public synchronized Optional<Ceremony> take(UUID id, Kind kind, Instant now) {
        var ceremony = ceremonies.get(id);
        if (ceremony == null || ceremony.kind() != kind || !ceremony.expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        ceremonies.remove(id);
        return Optional.of(ceremony);
    }

    @Override
    public synchronized int purgeExpired(Instant now) {
        int before = ceremonies.size();
        ceremonies.values().removeIf(c -> c.expiresAt().isBefore(now));
        return before - ceremonies.size();
    }
}
