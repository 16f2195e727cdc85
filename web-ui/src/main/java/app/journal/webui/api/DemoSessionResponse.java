package app.journal.webui.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** The JSON of {@code POST /api/demo/session}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record DemoSessionResponse(@Nullable String accessToken, @Nullable String tokenType, long expiresIn) {
}
