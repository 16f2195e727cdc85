package app.journal.application.port.journal;

import app.journal.domain.entry.JournalEntry;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a newest-first list: its entries, the cursor of the next page (null on the last), and how many
 * entries the whole range holds.
 */
public record EntrySlice(List<JournalEntry> items, @Nullable EntryCursor next, long totalItems) {

    public EntrySlice {
        items = List.copyOf(items);
    }
}
