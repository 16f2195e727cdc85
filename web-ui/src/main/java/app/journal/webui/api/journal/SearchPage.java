package app.journal.webui.api.journal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of search hits, best first, as {@code GET /api/entries/search} returns it. Titles and snippets are
 * plain text with highlight ranges: the UI builds the marks itself and never renders API text as HTML.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SearchPage(List<Hit> items, @Nullable String nextCursor) {

    public SearchPage(@Nullable List<Hit> items, @Nullable String nextCursor) {
        this.items = items == null ? List.of() : List.copyOf(items);
        this.nextCursor = nextCursor == null || nextCursor.isEmpty() ? null : nextCursor;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Hit(Entry entry, Marked title, Marked snippet) {}

    /** Text and its matched ranges {@code [start, end)} in UTF-16 code units. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Marked(String text, List<Range> highlights) {

        public Marked(@Nullable String text, @Nullable List<Range> highlights) {
            this.text = text == null ? "" : text;
            this.highlights = highlights == null ? List.of() : List.copyOf(highlights);
        }
    }

    public record Range(int start, int end) {}
}
