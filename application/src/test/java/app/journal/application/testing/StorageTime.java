package app.journal.application.testing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the fakes borrow from PostgreSQL so that they store what it would store. */
final class StorageTime {

    /** PostgreSQL's uuid order: the 16 bytes compared unsigned ({@link UUID#compareTo} is signed). */
    static final Comparator<UUID> UUID_ORDER = Comparator
            .comparing((UUID u) -> u.getMostSignificantBits(), Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    private StorageTime() {}

    /** timestamptz keeps microseconds; the jOOQ adapters truncate to them on the way in. */
    static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static @Nullable Instant microsOrNull(@Nullable Instant instant) {
        return instant == null ? null : micros(instant);
    }
}
