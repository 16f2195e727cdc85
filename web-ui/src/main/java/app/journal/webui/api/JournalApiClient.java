package app.journal.webui.api;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse;
import org.springframework.web.client.RestClientException;

/**
 * The web UI's only way to the REST API. It sends the current browser session's bearer token with every
 * call, renews a demo token the API no longer accepts (once, then retries), and turns error answers into
 * {@link ApiProblemException} and transport failures into {@link ApiUnreachableException}.
 *
 * <p>Stateless itself: the token lives in the {@link CredentialStore}, so one instance serves every
 * browser session.
 */
public final class JournalApiClient {

    private final RestClient http;
    private final ApiBaseUrl baseUrl;
    private final CredentialStore credentials;

    public JournalApiClient(RestClient http, ApiBaseUrl baseUrl, CredentialStore credentials) {
        this.http = Objects.requireNonNull(http, "http");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    /** Whether this browser session has credentials to call the API with. */
    public boolean hasSession() {
        return credentials.current().isPresent();
    }

    /** The kind of credentials this browser session has, if any (for example to show a "Demo mode" badge). */
    public Optional<SessionCredentials> session() {
        return credentials.current();
    }

    /**
     * Asks the API for a token of the shared demo account ({@code POST /api/demo/session}) and keeps it
     * for this browser session.
     */
    public DemoStart startDemoSession() {
        try {
            credentials.store(requestDemoCredentials());
            return new DemoStart.Started();
        } catch (ApiProblemException e) {
            // Only the API's own "not found" means demo mode is off; an HTML 404 means a wrong base URL.
            if (e.isNotFound() && e.hasProblemDocument()) {
                return new DemoStart.Disabled(e.getMessage());
            }
            throw e;
        }
    }

    /** One page of this account's entries, newest first. */
    public EntryPage listEntries(int page, int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be >= 0 and size >= 1, but were " + page + " and " + size);
        }
        return authorized(token -> required(http.get()
                .uri(baseUrl.get() + "/api/entries?page={page}&size={size}", page, size)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .accept(MediaType.APPLICATION_JSON)
                .exchange((request, response) -> bodyOrProblem(response, EntryPage.class))));
    }

    public Entry getEntry(UUID id) {
        Objects.requireNonNull(id, "id");
        return authorized(token -> required(http.get()
                .uri(baseUrl.get() + "/api/entries/{id}", id)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .accept(MediaType.APPLICATION_JSON)
                .exchange((request, response) -> bodyOrProblem(response, Entry.class))));
    }

    /** Writes a new entry; a {@code 400} with field errors comes back as {@link ApiProblemException}. */
    public Entry createEntry(EntryDraft draft) {
        Objects.requireNonNull(draft, "draft");
        return authorized(token -> required(http.post()
                .uri(baseUrl.get() + "/api/entries")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(draft)
                .exchange((request, response) -> bodyOrProblem(response, Entry.class))));
    }

    public Entry updateEntry(UUID id, EntryDraft draft) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(draft, "draft");
        return authorized(token -> required(http.put()
                .uri(baseUrl.get() + "/api/entries/{id}", id)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(draft)
                .exchange((request, response) -> bodyOrProblem(response, Entry.class))));
    }

    public void deleteEntry(UUID id) {
        Objects.requireNonNull(id, "id");
        authorized(token -> required(http.delete()
                .uri(baseUrl.get() + "/api/entries/{id}", id)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange((request, response) -> {
                    failOnProblem(response);
                    return Boolean.TRUE;
                })));
    }

    private SessionCredentials.Demo requestDemoCredentials() {
        DemoSessionResponse answer = required(call(() -> http.post()
                .uri(baseUrl.get() + "/api/demo/session")
                .accept(MediaType.APPLICATION_JSON)
                .exchange((request, response) -> bodyOrProblem(response, DemoSessionResponse.class))));
        if (answer.accessToken() == null || answer.accessToken().isBlank()) {
            throw new ApiProblemException(502, "Bad answer from the journal service",
                    "The journal service started a demo session but sent no access token.");
        }
        return new SessionCredentials.Demo(answer.accessToken());
    }

    /**
     * Runs a call with this session's token. When the API rejects the token ({@code 401}), renews it
     * where that is possible without the person (demo mode) and tries once more.
     */
    private <T> T authorized(Function<String, T> request) {
        SessionCredentials current = credentials.current().orElseThrow(() -> new ApiProblemException(401,
                "Not signed in", "Your session has ended. Please reload the page."));
        try {
            return call(() -> request.apply(current.accessToken()));
        } catch (ApiProblemException e) {
            if (e.status() != 401) {
                throw e;
            }
            SessionCredentials renewed = renew(current, e);
            return call(() -> request.apply(renewed.accessToken()));
        }
    }

    private SessionCredentials renew(SessionCredentials expired, ApiProblemException rejection) {
        return switch (expired) {
            case SessionCredentials.Demo demo -> {
                try {
                    SessionCredentials.Demo fresh = requestDemoCredentials();
                    credentials.store(fresh);
                    yield fresh;
                } catch (JournalApiException renewalFailed) {
                    credentials.clear();
                    rejection.addSuppressed(renewalFailed);
                    throw rejection;
                }
            }
        };
    }

    private static <T> T call(java.util.function.Supplier<T> request) {
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

    private static <T> T required(@Nullable T value) {
        if (value == null) {
            throw new ApiProblemException(502, "Bad answer from the journal service",
                    "The journal service sent an empty answer.");
        }
        return value;
    }

    private static <T> @Nullable T bodyOrProblem(ConvertibleClientHttpResponse response, Class<T> type)
            throws IOException {
        failOnProblem(response);
        return response.bodyTo(type);
    }

    private static void failOnProblem(ConvertibleClientHttpResponse response) throws IOException {
        HttpStatusCode status = response.getStatusCode();
        if (!status.isError()) {
            return;
        }
        ProblemBody problem = readProblem(response);
        if (problem == null) {
            throw new ApiProblemException(status.value(), null, null);
        }
        throw new ApiProblemException(status.value(), problem.type(), problem.title(), problem.detail(),
                problem.errors(), true);
    }

    private static @Nullable ProblemBody readProblem(ConvertibleClientHttpResponse response) throws IOException {
        MediaType contentType = response.getHeaders().getContentType();
        if (contentType == null || !(MediaType.APPLICATION_JSON.isCompatibleWith(contentType)
                || MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(contentType))) {
            return null;
        }
        try {
            return response.bodyTo(ProblemBody.class);
        } catch (RestClientException unreadable) {
            return null;
        }
    }
}
