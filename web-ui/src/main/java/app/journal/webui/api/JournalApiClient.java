package app.journal.webui.api;

import app.journal.webui.api.CredentialHolder.Snapshot;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
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
 * call and turns error answers into {@link ApiProblemException}, transport failures into
 * {@link ApiUnreachableException} and an ended sign-in into {@link SessionEndedException}.
 *
 * <p><b>Renewal.</b> When the API rejects a token ({@code 401}), the client renews it once (a demo
 * session asks for a new demo token, an account uses its refresh token) and retries the call exactly
 * once. Renewal is single-flight per browser session: it runs under the {@link CredentialHolder}'s lock
 * and only while the holder is still at the generation the rejected call used, so callers that were
 * rejected together share one renewal and retry with its token. Renewals in quick succession back off
 * with jitter ({@link RenewalBackoff}). When an account's refresh token is refused, or the retry is
 * rejected as well, the tokens are dropped and {@link SessionEndedException} is thrown: no retry loop.
 *
 * <p>Stateless itself: the tokens live in the {@link CredentialStore}, so one instance serves every
 * browser session.
 */
public final class JournalApiClient {

    private final RestClient http;
    private final ApiBaseUrl baseUrl;
    private final CredentialStore credentials;
    private final RenewalBackoff backoff;
    private final Clock clock;

    public JournalApiClient(RestClient http, ApiBaseUrl baseUrl, CredentialStore credentials) {
        this(http, baseUrl, credentials, RenewalBackoff.standard(), Clock.systemUTC());
    }

    public JournalApiClient(RestClient http, ApiBaseUrl baseUrl, CredentialStore credentials, RenewalBackoff backoff,
            Clock clock) {
        this.http = Objects.requireNonNull(http, "http");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // --- the browser session's state -------------------------------------------------------------------

    /** Whether this browser session has credentials to call the API with. */
    public boolean hasSession() {
        return credentials.holder().current().isPresent();
    }

    /** The kind of credentials this browser session has, if any (for example to show a "Demo mode" badge). */
    public Optional<SessionCredentials> session() {
        return credentials.holder().current();
    }

    /** The account this browser session is signed in with, if it is signed in with one. */
    public Optional<SessionCredentials.Account> account() {
        return session().filter(SessionCredentials.Account.class::isInstance).map(SessionCredentials.Account.class::cast);
    }

    /** Whether the last sign-in of this browser session ended without the person signing out. */
    public boolean sessionEnded() {
        return credentials.holder().ended();
    }

    /** Records that the session ended, when a view finds the credentials gone (for example signed out elsewhere). */
    public void noteSessionEnded() {
        credentials.holder().noteEndedIfEmpty();
    }

    // --- demo mode ------------------------------------------------------------------------------------------

    /**
     * Asks the API for a token of the shared demo account ({@code POST /api/demo/session}) and keeps it
     * for this browser session.
     */
    public DemoStart startDemoSession() {
        try {
            credentials.holder().store(requestDemoCredentials());
            return new DemoStart.Started();
        } catch (ApiProblemException e) {
            // Only the API's own "not found" means demo mode is off; an HTML 404 means a wrong base URL.
            if (e.isNotFound() && e.hasProblemDocument()) {
                return new DemoStart.Disabled(e.getMessage());
            }
            throw e;
        }
    }

    // --- accounts -------------------------------------------------------------------------------------------

    /**
     * Asks for a new account ({@code POST /api/auth/register}). The API answers the same whether or not
     * the address is taken; a weak password or an invalid address come back as
     * {@link ApiProblemException} with field errors.
     *
     * @return the API's message for the person ("check your mail")
     */
    public String register(String email, String password) {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        return accepted(post("/api/auth/register", new AuthRequests.Credentials(email, password), AcceptedResponse.class));
    }

    /** Asks for a new verification link ({@code POST /api/auth/resend-verification}). */
    public String resendVerification(String email) {
        Objects.requireNonNull(email, "email");
        return accepted(post("/api/auth/resend-verification", new AuthRequests.Email(email), AcceptedResponse.class));
    }

    /** Hands the token of a verification link to the API ({@code POST /api/auth/verify}). */
    public VerifyOutcome verify(String token) {
        Objects.requireNonNull(token, "token");
        try {
            post("/api/auth/verify", new AuthRequests.VerificationToken(token), AcceptedResponse.class);
            return new VerifyOutcome.Verified();
        } catch (ApiProblemException problem) {
            if (problem.is(ApiProblemException.VERIFICATION_LINK_USED)) {
                return new VerifyOutcome.AlreadyUsed(problem.getMessage());
            }
            if (problem.is(ApiProblemException.VERIFICATION_LINK_INVALID)
                    || problem.status() == 400 && problem.hasProblemDocument()) {
                return new VerifyOutcome.Invalid(problem.getMessage());
            }
            throw problem;
        }
    }

    /**
     * Signs in ({@code POST /api/auth/login}) and keeps the token pair for this browser session.
     *
     * @param beforeKeepingTokens runs after the API accepted the credentials and before the tokens are
     *                            kept: the web UI starts a fresh HTTP session there (no session fixation)
     * @return the signed-in account
     * @throws ApiProblemException {@code 401} {@link ApiProblemException#INVALID_CREDENTIALS}, {@code 429}
     *                             with {@link ApiProblemException#retryAfter()}, {@code 503}, ...
     */
    public SessionCredentials.Account logIn(String email, String password, Runnable beforeKeepingTokens) {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(beforeKeepingTokens, "beforeKeepingTokens");
        TokenPairResponse pair = tokenPair(post("/api/auth/login", new AuthRequests.Credentials(email, password),
                TokenPairResponse.class));
        String accountEmail = emailOf(pair.accessToken()).orElse(email.strip().toLowerCase(Locale.ROOT));
        beforeKeepingTokens.run();
        SessionCredentials.Account account = new SessionCredentials.Account(pair.accessToken(), pair.refreshToken(),
                accountEmail);
        CredentialHolder holder = credentials.holder();
        Optional<SessionCredentials> previous = holder.current();
        holder.store(account);
        previous.ifPresent(this::revokeQuietly);
        return account;
    }

    /**
     * Signs out: drops this browser session's tokens and ends the session at the API
     * ({@code POST /api/auth/logout}). The tokens are gone even when the API cannot be reached.
     */
    public void logOut() {
        credentials.holder().clear().ifPresent(this::revokeQuietly);
    }

    /** The signed-in account as the API knows it ({@code GET /api/me}). */
    public Me me() {
        return authorized(token -> required(http.get()
                .uri(baseUrl.get() + "/api/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .accept(MediaType.APPLICATION_JSON)
                .exchange((request, response) -> bodyOrProblem(response, Me.class))));
    }

    // --- entries --------------------------------------------------------------------------------------------

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

    // --- calls with a token, and renewal ---------------------------------------------------------------

    /**
     * Runs a call with this session's token. On {@code 401} renews once (single-flight, see the class
     * comment) and retries once.
     */
    private <T> T authorized(Function<String, T> request) {
        CredentialHolder holder = credentials.holder();
        Snapshot sent = holder.snapshot().orElseThrow(() -> new SessionEndedException(null));
        try {
            return call(() -> request.apply(sent.credentials().accessToken()));
        } catch (ApiProblemException rejection) {
            if (rejection.status() != 401) {
                throw rejection;
            }
            Snapshot renewed = renewAfter(holder, sent, rejection);
            try {
                return call(() -> request.apply(renewed.credentials().accessToken()));
            } catch (ApiProblemException again) {
                if (again.status() == 401 && renewed.credentials() instanceof SessionCredentials.Account) {
                    // Even a fresh token is refused: the session is over. No second renewal, no loop.
                    holder.endIfStillAt(renewed.generation());
                    throw new SessionEndedException(again);
                }
                throw again;
            }
        }
    }

    /**
     * The credentials to retry a rejected call with: renewed here if the holder is still at the rejected
     * call's generation, otherwise the ones someone else stored meanwhile.
     */
    private Snapshot renewAfter(CredentialHolder holder, Snapshot rejected, ApiProblemException rejection) {
        Snapshot newer;
        holder.lock();
        try {
            Optional<Snapshot> now = holder.snapshotHeld();
            if (now.isEmpty()) {
                // Someone else's renewal failed, or the person signed out meanwhile.
                throw switch (rejected.credentials()) {
                    case SessionCredentials.Demo _ -> rejection;
                    case SessionCredentials.Account _ -> new SessionEndedException(rejection);
                };
            }
            if (now.get().generation() == rejected.generation()) {
                int earlier = holder.noteRenewalHeld(clock.instant(), backoff.burstWindow());
                backoff.pause(backoff.beforeRenewal(earlier));
                SessionCredentials fresh = switch (rejected.credentials()) {
                    case SessionCredentials.Demo _ -> renewDemo(holder, rejected, rejection);
                    case SessionCredentials.Account account -> refresh(holder, account, rejected, rejection);
                };
                return holder.storeHeld(fresh);
            }
            newer = now.get();
        } finally {
            holder.unlock();
        }
        backoff.pause(backoff.beforeSharedRetry());
        return newer;
    }

    private SessionCredentials.Demo renewDemo(CredentialHolder holder, Snapshot rejected,
            ApiProblemException rejection) {
        try {
            return requestDemoCredentials();
        } catch (JournalApiException renewalFailed) {
            holder.endHeld(rejected.generation());
            rejection.addSuppressed(renewalFailed);
            throw rejection;
        }
    }

    /**
     * Trades the refresh token for a new pair ({@code POST /api/auth/refresh}); the API rotates the
     * refresh token, so the new one replaces the old. A refusal ends the session; an API that cannot
     * answer right now ({@code 5xx}, {@code 429}, unreachable) leaves the tokens for the next try.
     */
    private SessionCredentials.Account refresh(CredentialHolder holder, SessionCredentials.Account account,
            Snapshot rejected, ApiProblemException rejection) {
        try {
            TokenPairResponse pair = tokenPair(post("/api/auth/refresh",
                    new AuthRequests.RefreshToken(account.refreshToken()), TokenPairResponse.class));
            return account.renewed(pair.accessToken(), pair.refreshToken());
        } catch (ApiProblemException refused) {
            if (refused.status() >= 500 || refused.status() == 429) {
                throw refused;
            }
            holder.endHeld(rejected.generation());
            SessionEndedException ended = new SessionEndedException(refused);
            ended.addSuppressed(rejection);
            throw ended;
        }
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

    /** The account's address as the API normalised it; empty when {@code /api/me} cannot say. */
    private Optional<String> emailOf(String accessToken) {
        try {
            Me me = required(call(() -> http.get()
                    .uri(baseUrl.get() + "/api/me")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
                    .accept(MediaType.APPLICATION_JSON)
                    .exchange((request, response) -> bodyOrProblem(response, Me.class))));
            return me.email().isBlank() ? Optional.empty() : Optional.of(me.email());
        } catch (JournalApiException unknown) {
            return Optional.empty();
        }
    }

    /** Ends an account's session at the API; nothing to do for the demo. Failures do not matter here. */
    private void revokeQuietly(SessionCredentials dropped) {
        if (!(dropped instanceof SessionCredentials.Account account)) {
            return;
        }
        try {
            call(() -> http.post()
                    .uri(baseUrl.get() + "/api/auth/logout")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new AuthRequests.RefreshToken(account.refreshToken()))
                    .exchange((request, response) -> {
                        failOnProblem(response);
                        return Boolean.TRUE;
                    }));
        } catch (JournalApiException | IllegalStateException ignored) {
            // The refresh token expires on its own; the tokens are gone from this server already.
        }
    }

    // --- plumbing -------------------------------------------------------------------------------------------

    private <T> @Nullable T post(String path, Object body, Class<T> answer) {
        return call(() -> http.post()
                .uri(baseUrl.get() + path)
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .body(body)
                .exchange((request, response) -> bodyOrProblem(response, answer)));
    }

    private static TokenPairResponse tokenPair(@Nullable TokenPairResponse pair) {
        if (pair == null || !pair.complete()) {
            throw new ApiProblemException(502, "Bad answer from the journal service",
                    "The journal service signed you in but sent no usable tokens.");
        }
        return pair;
    }

    private static String accepted(@Nullable AcceptedResponse answer) {
        return answer == null || answer.message() == null || answer.message().isBlank()
                ? "If this address can be used, a verification link is on its way to it. Check your mail."
                : answer.message();
    }

    private static <T> T call(Supplier<T> request) {
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
        Duration retryAfter = retryAfter(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
        ProblemBody problem = readProblem(response);
        if (problem == null) {
            throw new ApiProblemException(status.value(), null, null, null, null, false, retryAfter);
        }
        throw new ApiProblemException(status.value(), problem.type(), problem.title(), problem.detail(),
                problem.errors(), true, retryAfter);
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
