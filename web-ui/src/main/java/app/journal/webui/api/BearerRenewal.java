package app.journal.webui.api;

import app.journal.webui.api.CredentialHolder.Snapshot;
import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Sends the browser session's bearer token with a call and, when the API rejects it ({@code 401}),
 * renews it once and retries the call exactly once.
 *
 * <p>Renewal is single-flight per browser session: it runs under the {@link CredentialHolder}'s lock and
 * only while the holder is still at the generation the rejected call used, so callers that were rejected
 * together share one renewal and retry with its token. Renewals in quick succession back off with jitter
 * ({@link RenewalBackoff}). When an account's renewal is refused, or the retry is rejected as well, the
 * tokens are dropped and {@link SessionEndedException} is thrown: no retry loop.
 */
final class BearerRenewal implements ClientHttpRequestInterceptor {

    private final CredentialStore credentials;
    private final CredentialRenewal renewal;
    private final RenewalBackoff backoff;
    private final Clock clock;

    BearerRenewal(CredentialStore credentials, CredentialRenewal renewal, RenewalBackoff backoff, Clock clock) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.renewal = Objects.requireNonNull(renewal, "renewal");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        CredentialHolder holder = credentials.holder();
        Snapshot sent = holder.snapshot().orElseThrow(() -> new SessionEndedException(null));
        request.getHeaders().setBearerAuth(sent.credentials().accessToken());
        ClientHttpResponse answer = execution.execute(request, body);
        if (answer.getStatusCode().value() != 401) {
            return answer;
        }
        ApiProblemException rejection = rejectionOf(answer);
        Snapshot renewed = renewAfter(holder, sent, rejection);
        request.getHeaders().setBearerAuth(renewed.credentials().accessToken());
        ClientHttpResponse retried = execution.execute(request, body);
        if (retried.getStatusCode().value() == 401 && renewed.credentials() instanceof SessionCredentials.Account) {
            // Even a fresh token is refused: the session is over. No second renewal, no loop.
            ApiProblemException again = rejectionOf(retried);
            holder.endIfStillAt(renewed.generation());
            throw new SessionEndedException(again);
        }
        return retried;
    }

    private static ApiProblemException rejectionOf(ClientHttpResponse answer) throws IOException {
        try (answer) {
            return ProblemDecoding.problemOf(answer);
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
                return holder.storeHeld(renewal.renewHeld(holder, rejected, rejection));
            }
            newer = now.get();
        } finally {
            holder.unlock();
        }
        backoff.pause(backoff.beforeSharedRetry());
        return newer;
    }
}
