package app.journal.webui.api.journal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/** A date range (both days included, either end open) read in the person's time zone. */
public record JournalFilter(@Nullable LocalDate from, @Nullable LocalDate to, ZoneId zone) {

    public static final JournalFilter NONE = new JournalFilter(null, null, ZoneOffset.UTC);

    public JournalFilter withZone(ZoneId newZone) {
        return new JournalFilter(from, to, newZone);
    }
}
