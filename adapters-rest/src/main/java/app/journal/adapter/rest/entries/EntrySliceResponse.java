package app.journal.adapter.rest.entries;

import app.journal.adapter.rest.markdown.MarkdownRenderer;
import app.journal.application.port.journal.EntrySlice;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One keyset page of the journal: {@code nextCursor} is null on the last page. */
public record EntrySliceResponse(List<EntryResponse> items, @Nullable String nextCursor, long totalItems) {

    static EntrySliceResponse from(EntrySlice slice, MarkdownRenderer markdown) {
        return new EntrySliceResponse(slice.items().stream().map(entry -> EntryResponse.from(entry, markdown)).toList(),
                slice.next() == null ? null : Cursors.encode(slice.next()), slice.totalItems());
    }
}
