package app.journal.adapter.rest.entries;

import app.journal.adapter.rest.markdown.MarkdownRenderer;
import app.journal.application.port.Page;
import app.journal.domain.entry.JournalEntry;
import java.util.List;

public record EntryPageResponse(List<EntryResponse> items, int page, int size, long totalItems, long totalPages) {

    static EntryPageResponse from(Page<JournalEntry> page, MarkdownRenderer markdown) {
        return new EntryPageResponse(page.items().stream().map(e -> EntryResponse.from(e, markdown)).toList(), page.page(),
                page.size(), page.totalItems(), page.totalPages());
    }
}
