package app.journal.adapter.rest.entries;

import app.journal.adapter.rest.markdown.MarkdownRenderer;
import app.journal.domain.entry.JournalEntry;
import java.time.Instant;
import java.util.UUID;

/**
 * An entry: {@code body} is the Markdown as written, {@code html} the same body rendered, safe to show as is.
 *
 * @see "docs/decisions/0028-markdown.md"
 */
public record EntryResponse(UUID id, String title, String body, String html, Instant createdAt, Instant updatedAt) {

    static EntryResponse from(JournalEntry entry, MarkdownRenderer markdown) {
        return new EntryResponse(entry.id().value(), entry.title().value(), entry.body().value(),
                markdown.toHtml(entry.body().value()), entry.createdAt(), entry.updatedAt());
    }
}
