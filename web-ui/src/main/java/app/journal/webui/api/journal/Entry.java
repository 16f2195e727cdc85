package app.journal.webui.api.journal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A journal entry as the API returns it: {@code body} as written (Markdown), {@code html} the API's safe
 * rendering of it (empty from an API that does not render).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Entry(UUID id, String title, String body, String html, Instant createdAt, Instant updatedAt) {

    public Entry(UUID id, String title, @Nullable String body, @Nullable String html, Instant createdAt,
            @Nullable Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.body = body == null ? "" : body;
        this.html = html == null ? "" : html;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = updatedAt == null ? createdAt : updatedAt;
    }

    /** Whether the entry was changed after it was written. */
    public boolean edited() {
        return updatedAt.isAfter(createdAt);
    }
}
