package app.journal.webui.api.journal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Entries written on this day in earlier years, newest first ({@code GET /api/entries/on-this-day}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OnThisDay(List<Entry> items) {

    public OnThisDay(@Nullable List<Entry> items) {
        this.items = items == null ? List.of() : List.copyOf(items);
    }
}
