package app.journal.adapter.rest.entries;

import app.journal.application.port.journal.TimeRange;
import app.journal.domain.InvalidValueException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * The {@code zone}, {@code from}, {@code to} and {@code date} query parameters: an IANA time zone (the browser's;
 * UTC when absent) and ISO dates in it. Anything else is a 400 naming the parameter.
 */
final class TimeParameters {

    private TimeParameters() {}

    static ZoneId zone(@Nullable String zone) {
        if (zone == null || zone.isBlank()) {
            return ZoneOffset.UTC;
        }
        if (zone.length() > 64) {
            throw new InvalidValueException("zone", "The time zone is not one we know (for example Europe/Berlin).");
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new InvalidValueException("zone", "The time zone is not one we know (for example Europe/Berlin).");
        }
    }

    static @Nullable LocalDate date(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() > 10) {
                throw new DateTimeException("too long");
            }
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw new InvalidValueException(name, "The date must look like 2026-12-06.");
        }
    }

    static TimeRange range(@Nullable String from, @Nullable String to, @Nullable String zone) {
        var start = date("from", from);
        var end = date("to", to);
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidValueException("to", "The end of the range must not be before its start.");
        }
        return TimeRange.ofDays(start, end, zone(zone));
    }
}
