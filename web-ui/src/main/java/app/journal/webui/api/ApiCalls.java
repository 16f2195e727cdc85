package app.journal.webui.api;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;

/** What every call to the API shares: an API that does not answer, and answers that cannot be read. */
final class ApiCalls {

    private ApiCalls() {
    }

    /** Runs a call; no answer becomes {@link ApiUnreachableException}, an unreadable one a {@code 502}. */
    static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (ResourceAccessException e) {
            throw new ApiUnreachableException(e);
        } catch (RestClientException e) {
            // The answer arrived but could not be read as what the API promises.
            throw new ApiProblemException(502, "Bad answer from the journal service",
                    "The journal service sent an answer the web UI could not read.");
        }
    }

    static void run(Runnable request) {
        call(() -> {
            request.run();
            return Boolean.TRUE;
        });
    }

    static <T> T required(@Nullable T value) {
        if (value == null) {
            throw new ApiProblemException(502, "Bad answer from the journal service",
                    "The journal service sent an empty answer.");
        }
        return value;
    }

    static TokenResponse tokens(@Nullable TokenResponse answer) {
        if (answer == null || !answer.complete()) {
            throw new ApiProblemException(502, "Bad answer from the journal service",
                    "The journal service signed you in but sent no usable access token.");
        }
        return answer;
    }
}
