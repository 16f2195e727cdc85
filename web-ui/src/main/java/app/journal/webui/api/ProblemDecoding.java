package app.journal.webui.api;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an error answer into {@link ApiProblemException}: the RFC 9457 document when the API sent one,
 * the bare status otherwise (an error page from a proxy or a wrong base URL), and {@code Retry-After}. A
 * {@code reauthentication-required} becomes {@link ReauthenticationRequired} with its {@code methods}.
 * Every client of the API uses it as its status handler.
 */
final class ProblemDecoding implements RestClient.ResponseSpec.ErrorHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void handle(HttpRequest request, ClientHttpResponse response) throws IOException {
        throw problemOf(response);
    }

    /** The problem an error answer describes; reads (and so uses up) its body. */
    static ApiProblemException problemOf(ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        Duration retryAfter = retryAfter(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
        ProblemBody problem = readProblem(response);
        if (problem == null) {
            return new ApiProblemException(status, null, null, null, null, false, retryAfter);
        }
        if (status == 403 && ApiProblemException.REAUTHENTICATION_REQUIRED.equals(problem.type())) {
            return new ReauthenticationRequired(problem.title(), problem.detail(), problem.methods());
        }
        return new ApiProblemException(status, problem.type(), problem.title(), problem.detail(), problem.errors(),
                true, retryAfter);
    }

    /** {@code Retry-After} in seconds; an HTTP date or garbage counts as not said. */
    static @Nullable Duration retryAfter(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            long seconds = Long.parseLong(header.strip());
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            return null;
        }
    }

    private static @Nullable ProblemBody readProblem(ClientHttpResponse response) throws IOException {
        MediaType contentType = response.getHeaders().getContentType();
        if (contentType == null || !(MediaType.APPLICATION_JSON.isCompatibleWith(contentType)
                || MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(contentType))) {
            return null;
        }
        try (InputStream body = response.getBody()) {
            return JSON.readValue(body, ProblemBody.class);
        } catch (JacksonException unreadable) {
            return null;
        }
    }
}
