package app.journal.application.port.journal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of search hits, best first, and the cursor of the next page (null on the last). */
public record SearchResults(List<SearchHit> hits, @Nullable SearchCursor next) {

    public SearchResults {
        hits = List.copyOf(hits);
    }
}
