package app.journal.webui.api.journal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** A body rendered without being saved, as {@code POST /api/entries/preview} returns it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Preview(String html) {

    public Preview(@Nullable String html) {
        this.html = html == null ? "" : html;
    }

    /** What the preview is asked to render. */
    public record Request(String body) {}
}
