package app.journal.application.port.in.journal;

import app.journal.application.port.journal.EntryCursor;
import app.journal.application.port.journal.EntrySlice;
import app.journal.application.port.journal.TimeRange;
import app.journal.domain.entry.JournalEntry;
import app.journal.domain.user.UserId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Walking through one's own journal in time: keyset pages, a date range, and "On this day". */
public interface BrowseJournal {

    int MAX_PAGE_SIZE = 100;
    int ON_THIS_DAY_LIMIT = 100;

    EntrySlice list(UserId owner, TimeRange range, @Nullable EntryCursor after, int size);

    /** Entries written on {@code date}'s month and day in earlier years, in {@code zone}; newest first, at most 100. */
    List<JournalEntry> onThisDay(UserId owner, LocalDate date, ZoneId zone);
}
