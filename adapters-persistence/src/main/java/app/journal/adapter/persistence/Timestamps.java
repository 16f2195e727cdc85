package app.journal.adapter.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * {@code timestamptz} columns and {@link Instant}s. PostgreSQL keeps microseconds; we truncate on the
 * way in, so that what is read back is exactly what was written, not a server-side rounding of it.
 */
final class Timestamps {

    private Timestamps() {}

    static OffsetDateTime toDb(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    static @Nullable OffsetDateTime toDbOrNull(@Nullable Instant instant) {
        return instant == null ? null : toDb(instant);
    }

    static Instant fromDb(OffsetDateTime value) {
        return value.toInstant();
    }

    static @Nullable Instant fromDbOrNull(@Nullable OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
