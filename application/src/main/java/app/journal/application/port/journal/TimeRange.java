package app.journal.application.port.journal;

import app.journal.domain.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** Entries created at or after {@code from} and before {@code until}; either end may be open. */
public record TimeRange(@Nullable Instant from, @Nullable Instant until) {

    public static final TimeRange ALL = new TimeRange(null, null);

    public TimeRange {
        if (from != null && until != null && !from.isBefore(until)) {
            throw new InvalidValueException("to", "The end of the range must not be before its start.");
        }
    }

    /** From the start of day {@code from} to the end of day {@code to} (both included) in {@code zone}. */
    public static TimeRange ofDays(@Nullable LocalDate from, @Nullable LocalDate to, ZoneId zone) {
        return new TimeRange(from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
