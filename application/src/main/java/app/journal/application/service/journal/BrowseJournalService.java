package app.journal.application.service.journal;

import app.journal.application.port.in.journal.BrowseJournal;
import app.journal.application.port.journal.EntryCursor;
import app.journal.application.port.journal.EntrySlice;
import app.journal.application.port.journal.TimeRange;
import app.journal.application.port.out.EntryTimeline;
import app.journal.domain.InvalidValueException;
import app.journal.domain.entry.JournalEntry;
import app.journal.domain.user.UserId;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

public final class BrowseJournalService implements BrowseJournal {

    private final EntryTimeline timeline;

    public BrowseJournalService(EntryTimeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public EntrySlice list(UserId owner, TimeRange range, @Nullable EntryCursor after, int size) {
        checkSize(size, MAX_PAGE_SIZE);
        return timeline.slice(owner, range, after, size);
    }

    @Override
    public List<JournalEntry> onThisDay(UserId owner, LocalDate date, ZoneId zone) {
        // "Earlier years": before the start of this date's year in the person's zone.
        var before = date.withDayOfYear(1).atStartOfDay(zone).toInstant();
        return timeline.onThisDay(owner, MonthDay.from(date), zone, before, ON_THIS_DAY_LIMIT);
    }

    static void checkSize(int size, int max) {
        if (size < 1 || size > max) {
            throw new InvalidValueException("size", "Size must be between 1 and " + max + ".");
        }
    }
}
