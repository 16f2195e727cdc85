package app.journal.webui.api;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Signing in, signing out and restoring a sign-in from the browser's refresh cookie: what
 * {@link JournalApiClient} does with {@link SessionEndpoints} and the {@link CredentialHolder}.
 */
final class SignIns {

    private final CredentialStore credentials;
    private final RefreshTransport transport;
    private final PublicEndpoints open;
    private final SessionEndpoints sessions;
    private final CredentialRenewal renewal;

    SignIns(CredentialStore credentials, RefreshTransport transport, PublicEndpoints open, SessionEndpoints sessions,
            CredentialRenewal renewal) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.open = Objects.requireNonNull(open, "open");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.renewal = Objects.requireNonNull(renewal, "renewal");
    }

    SessionCredentials.Account logIn(String email, String password, boolean rememberMe, Runnable beforeKeepingTokens) {
        CredentialHolder holder = credentials.holder();
        // Before the new cookie is set, so that clearing the old one cannot clear it.
        holder.clear().ifPresent(this::revokeQuietly);
        AuthRequests.LogIn request = new AuthRequests.LogIn(email, password, transport.loginTransport(), rememberMe);
        TokenResponse answer = ApiCalls.tokens(ApiCalls.call(() -> sessions.logIn(request)));
        String accountEmail = emailOf(answer.accessToken()).orElse(email.strip().toLowerCase(Locale.ROOT));
        beforeKeepingTokens.run();
        SessionCredentials.Account account = new SessionCredentials.Account(answer.accessToken(), answer.csrf(),
                accountEmail);
        holder.store(account);
        return account;
    }

    void logOut() {
        credentials.holder().clear().ifPresent(this::revokeQuietly);
    }

    Restore restoreFromCookie(Runnable beforeKeepingTokens) {
        CredentialHolder holder = credentials.holder();
        if (signedIn(holder).isEmpty() && !transport.hasRefreshCookie()) {
            return new Restore.NoCookie();
        }
        holder.lock();
        try {
            Optional<SessionCredentials.Account> already = signedIn(holder);
            if (already.isPresent()) {
                return new Restore.Restored(already.get());
            }
            TokenResponse answer;
            try {
                answer = renewal.refresh(null);
            } catch (ApiProblemException refused) {
                if (refused.status() == 401) {
                    holder.noteEndedIfEmpty(refused.is(ApiProblemException.SESSION_REVOKED));
                    return new Restore.Refused(refused);
                }
                return new Restore.NotNow(refused);
            } catch (JournalApiException failed) {
                return new Restore.NotNow(failed);
            }
            Optional<String> email = emailOf(answer.accessToken());
            if (email.isEmpty()) {
                return new Restore.NotNow(new ApiProblemException(502, "Bad answer from the journal service",
                        "The journal service could not say who is signed in. Please try again."));
            }
            beforeKeepingTokens.run();
            SessionCredentials.Account account = new SessionCredentials.Account(answer.accessToken(), answer.csrf(),
                    email.get());
            holder.storeHeld(account);
            return new Restore.Restored(account);
        } finally {
            holder.unlock();
        }
    }

    private static Optional<SessionCredentials.Account> signedIn(CredentialHolder holder) {
        return holder.current().filter(SessionCredentials.Account.class::isInstance)
                .map(SessionCredentials.Account.class::cast);
    }

    /** The account's address as the API normalised it; empty when {@code /api/me} cannot say. */
    private Optional<String> emailOf(String accessToken) {
        try {
            Me me = ApiCalls.required(ApiCalls.call(() -> open.me("Bearer " + accessToken)));
            return me.email().isBlank() ? Optional.empty() : Optional.of(me.email());
        } catch (JournalApiException unknown) {
            return Optional.empty();
        }
    }

    /**
     * Ends an account's session at the API, which clears the browser's cookies; nothing to do for the
     * demo. When the API cannot end it, the browser is still told to drop its cookies.
     */
    private void revokeQuietly(SessionCredentials dropped) {
        if (!(dropped instanceof SessionCredentials.Account account)) {
            return;
        }
        try {
            ApiCalls.run(() -> sessions.logOut(account.csrfToken()));
        } catch (JournalApiException | IllegalStateException failed) {
            transport.forget();
        }
    }
}
