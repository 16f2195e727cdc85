package app.journal.webui.api.journal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One keyset page of entries, newest first, as {@code GET /api/entries} returns it: pass {@code nextCursor} back
 * for the next page (null on the last); {@code totalItems} counts the whole (filtered) journal.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EntryPage(List<Entry> items, @Nullable String nextCursor, long totalItems) {

    public EntryPage(@Nullable List<Entry> items, @Nullable String nextCursor, long totalItems) {
        if (totalItems < 0) {
            throw new IllegalArgumentException("A page of entries cannot count " + totalItems + " entries");
        }
        this.items = items == null ? List.of() : List.copyOf(items);
        this.nextCursor = nextCursor == null || nextCursor.isEmpty() ? null : nextCursor;
        this.totalItems = totalItems;
    }

    /** Whether a page after this one holds more entries. */
    public boolean hasNext() {
        return nextCursor != null;
    }
}
