package app.journal.application.port.journal;

import app.journal.domain.entry.EntryId;
import java.util.Objects;

/** Where a page of search results ended: the last hit's rank and id (best first, then id ascending). */
public record SearchCursor(float rank, EntryId id) {

    public SearchCursor {
        Objects.requireNonNull(id, "id");
    }
}
