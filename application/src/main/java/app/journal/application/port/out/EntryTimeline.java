package app.journal.application.port.out;

import app.journal.application.port.journal.EntryCursor;
import app.journal.application.port.journal.EntrySlice;
import app.journal.application.port.journal.TimeRange;
import app.journal.domain.entry.JournalEntry;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An owner's entries along time. Every statement is scoped to the owner; pages are keyset pages (created,
 * then id, both descending), so page 500 costs what page 1 costs.
 *
 * @see "docs/decisions/0027-search-and-time.md"
 */
public interface EntryTimeline {

    /** Up to {@code size} entries in {@code range} strictly after {@code after} (newest first). */
    EntrySlice slice(UserId owner, TimeRange range, @Nullable EntryCursor after, int size);

    /**
     * Entries whose creation falls on {@code day} in {@code zone}, created before {@code before} (so, in earlier
     * years), newest first, at most {@code limit}.
     */
    List<JournalEntry> onThisDay(UserId owner, MonthDay day, ZoneId zone, Instant before, int limit);
}
