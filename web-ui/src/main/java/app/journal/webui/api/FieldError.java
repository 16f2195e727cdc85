package app.journal.webui.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** One entry of a problem's {@code errors} list: which input field was wrong and why, in words for a person. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FieldError(String field, String message) {

    public FieldError(@Nullable String field, @Nullable String message) {
        this.field = field == null ? "" : field;
        this.message = message == null ? "" : message;
    }
}
