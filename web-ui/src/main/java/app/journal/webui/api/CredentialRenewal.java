package app.journal.webui.api;

import app.journal.webui.api.CredentialHolder.Snapshot;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Gets new credentials for a browser session whose access token the API rejected: a demo session asks
 * for a new demo token; an account trades the browser's refresh cookie at {@code /api/auth/refresh}
 * (the rotated cookie goes back to the browser on the way, see {@link RefreshCookieRelay}).
 */
final class CredentialRenewal {

    private final PublicEndpoints open;
    private final SessionEndpoints sessions;
    private final RefreshTransport transport;

    CredentialRenewal(PublicEndpoints open, SessionEndpoints sessions, RefreshTransport transport) {
        this.open = Objects.requireNonNull(open, "open");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** A new token of the shared demo account ({@code POST /api/demo/session}). */
    SessionCredentials.Demo demoCredentials() {
        DemoSessionResponse answer = ApiCalls.required(ApiCalls.call(open::startDemoSession));
        if (answer.accessToken() == null || answer.accessToken().isBlank()) {
            throw new ApiProblemException(502, "Bad answer from the journal service",
                    "The journal service started a demo session but sent no access token.");
        }
        return new SessionCredentials.Demo(answer.accessToken());
    }

    /**
     * Trades the browser's refresh cookie for a new access token. No cookie: no call.
     *
     * @param csrfToken the CSRF token held in memory, or {@code null} to use the browser's CSRF cookie
     * @throws ApiProblemException the API's refusal ({@code 401}: the cookie is cleared in the browser)
     */
    TokenResponse refresh(@Nullable String csrfToken) {
        if (!transport.hasRefreshCookie()) {
            throw new ApiProblemException(401, ApiProblemException.INVALID_REFRESH_TOKEN, "Unauthorized",
                    "This browser has no refresh cookie.", null, false, null);
        }
        return ApiCalls.tokens(ApiCalls.call(() -> sessions.refresh(csrfToken)));
    }

    /**
     * Renews the credentials of {@code rejected}; runs under the holder's lock. A refused renewal ends the
     * session; an API that cannot answer right now ({@code 5xx}, {@code 429}, unreachable) leaves the
     * credentials for the next try.
     */
    SessionCredentials renewHeld(CredentialHolder holder, Snapshot rejected, ApiProblemException rejection) {
        return switch (rejected.credentials()) {
            case SessionCredentials.Demo _ -> renewDemo(holder, rejected, rejection);
            case SessionCredentials.Account account -> renewAccount(holder, account, rejected, rejection);
        };
    }

    private SessionCredentials.Demo renewDemo(CredentialHolder holder, Snapshot rejected,
            ApiProblemException rejection) {
        try {
            return demoCredentials();
        } catch (JournalApiException renewalFailed) {
            holder.endHeld(rejected.generation());
            rejection.addSuppressed(renewalFailed);
            throw rejection;
        }
    }

    private SessionCredentials.Account renewAccount(CredentialHolder holder, SessionCredentials.Account account,
            Snapshot rejected, ApiProblemException rejection) {
        try {
            TokenResponse answer = refresh(account.csrfToken());
            return account.renewed(answer.accessToken(), answer.csrf());
        } catch (ApiProblemException refused) {
            if (refused.status() >= 500 || refused.status() == 429) {
                throw refused;
            }
            holder.endHeld(rejected.generation(), refused.is(ApiProblemException.SESSION_REVOKED),
                    refused.is(ApiProblemException.ACCOUNT_DISABLED));
            SessionEndedException ended = new SessionEndedException(refused);
            ended.addSuppressed(rejection);
            throw ended;
        }
    }
}
