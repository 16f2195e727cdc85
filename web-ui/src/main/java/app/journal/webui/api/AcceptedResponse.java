package app.journal.webui.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** The JSON of the {@code 202} that register and resend-verification answer with. */
@JsonIgnoreProperties(ignoreUnknown = true)
record AcceptedResponse(@Nullable String status, @Nullable String message) {
}
