package app.journal.adapter.rest.entries;

import app.journal.adapter.rest.markdown.MarkdownRenderer;
import app.journal.application.port.journal.Highlighted;
import app.journal.application.port.journal.SearchHit;
import app.journal.application.port.journal.SearchResults;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of search hits, best first. {@code title} and {@code snippet} are plain text (never HTML) with the
 * matched ranges {@code [start, end)} in UTF-16 code units: a client escapes the text and marks the ranges.
 */
public record SearchResponse(List<Hit> items, @Nullable String nextCursor) {

    public record Hit(EntryResponse entry, float rank, Marked title, Marked snippet) {}

    public record Marked(String text, List<Highlighted.Range> highlights) {

        static Marked from(Highlighted h) {
            return new Marked(h.text(), h.highlights());
        }
    }

    static SearchResponse from(SearchResults results, MarkdownRenderer markdown) {
        return new SearchResponse(results.hits().stream().map(hit -> hit(hit, markdown)).toList(),
                results.next() == null ? null : Cursors.encode(results.next()));
    }

    private static Hit hit(SearchHit hit, MarkdownRenderer markdown) {
        return new Hit(EntryResponse.from(hit.entry(), markdown), hit.rank(), Marked.from(hit.title()),
                Marked.from(hit.snippet()));
    }
}
