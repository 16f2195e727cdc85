package app.journal.webui.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of an RFC 9457 problem detail as the API sends it ({@code application/problem+json}); {@code methods}
 * is the extension member of {@code reauthentication-required}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ProblemBody(
        @Nullable String type,
        @Nullable String title,
        @Nullable Integer status,
        @Nullable String detail,
        @Nullable List<FieldError> errors,
        @Nullable List<String> methods) {
}
