package app.journal.webui.api.journal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of entries, newest first, as {@code GET /api/entries} returns it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EntryPage(List<Entry> items, int page, int size, long totalItems, int totalPages) {

    public EntryPage(@Nullable List<Entry> items, int page, int size, long totalItems, int totalPages) {
        if (page < 0 || size < 0 || totalItems < 0 || totalPages < 0) {
            throw new IllegalArgumentException("A page of entries cannot have negative numbers: page " + page
                    + ", size " + size + ", totalItems " + totalItems + ", totalPages " + totalPages);
        }
        this.items = items == null ? List.of() : List.copyOf(items);
        this.page = page;
        this.size = size;
        this.totalItems = totalItems;
        this.totalPages = totalPages;
    }

    /** Whether a page after this one holds more entries. */
    public boolean hasNext() {
        return page + 1 < totalPages;
    }
}
