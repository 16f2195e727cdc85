package app.journal.webui.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import app.journal.webui.api.account.Me;
import app.journal.webui.api.passkeys.PasskeyOptions;

/**
 * Signing in (in one or two steps, or with a passkey), signing out and restoring a sign-in from the browser's refresh cookie: what
 * {@link JournalApiClient} does with {@link SessionEndpoints} and the {@link CredentialHolder}.
 */
final class SignIns {

    private final CredentialStore credentials;
    private final RefreshTransport transport;
    private final PublicEndpoints open;
    private final SessionEndpoints sessions;
    private final CredentialRenewal renewal;
    private final Clock clock;

    SignIns(CredentialStore credentials, RefreshTransport transport, PublicEndpoints open, SessionEndpoints sessions,
            CredentialRenewal renewal, Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.open = Objects.requireNonNull(open, "open");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.renewal = Objects.requireNonNull(renewal, "renewal");
    }

    SignIn logIn(String email, String password, boolean rememberMe, Runnable beforeKeepingTokens) {
        CredentialHolder holder = credentials.holder();
        // Before the new cookie is set, so that clearing the old one cannot clear it.
        holder.clear().ifPresent(this::revokeQuietly);
        AuthRequests.LogIn request = new AuthRequests.LogIn(email, password, transport.loginTransport(), rememberMe);
        ResponseEntity<LoginAnswer> answer = ApiCalls.call(() -> sessions.logIn(request));
        LoginAnswer body = answer.getBody();
        if (answer.getStatusCode().value() == 202) {
            return secondStepNeeded(body);
        }
        return new SignIn.SignedIn(keep(ApiCalls.tokens(body == null ? null : body.tokens()), email,
                beforeKeepingTokens));
    }

    /** A passkey sign-in starts: options for any discoverable passkey; nothing changes in this browser yet. */
    PasskeyOptions passkeyOptions() {
        return ApiCalls.required(ApiCalls.call(() -> sessions.passkeyOptions(Map.of()))).usable();
    }

    /**
     * A passkey sign-in ends, with what the password sign-in does around it: whoever was signed in here is
     * signed out first, the cookie transport and "keep me signed in" go along, the API's cookies go on to the
     * browser, and the tokens are kept after {@code beforeKeepingTokens}. A passkey with user verification
     * is both factors: no second step.
     */
    PasskeySignIn signInWithPasskey(String ceremonyId, String credentialJson, boolean rememberMe,
            Runnable beforeKeepingTokens) {
        AuthRequests.PasskeySignIn request = new AuthRequests.PasskeySignIn(ceremonyId,
                BrowserCredential.parse(credentialJson), transport.loginTransport(), rememberMe);
        CredentialHolder holder = credentials.holder();
        holder.clear().ifPresent(this::revokeQuietly);
        TokenResponse answer;
        try {
            answer = ApiCalls.tokens(ApiCalls.call(() -> sessions.passkey(request)));
        } catch (ApiProblemException problem) {
            if (problem.is(ApiProblemException.PASSKEY_FAILED)) {
                return new PasskeySignIn.Refused(problem.getMessage());
            }
            throw problem;
        }
        // No address was typed: the API says whose passkey it was (an empty name until it can, see refreshAccountAddress).
        return new PasskeySignIn.SignedIn(keep(answer, "", beforeKeepingTokens));
    }

    /**
     * The second sign-in step: a code or a recovery code for the pending sign-in {@code token}. On success
     * the tokens are kept as after a one-step sign-in.
     *
     * @param fallbackEmail the address typed at the first step, if {@code /api/me} cannot say
     */
    SecondStep completeSecondStep(String token, @Nullable String code, @Nullable String recoveryCode,
            boolean trustBrowser, String fallbackEmail, Runnable beforeKeepingTokens) {
        AuthRequests.SecondStep request = new AuthRequests.SecondStep(token, blankToNull(code),
                blankToNull(recoveryCode), trustBrowser);
        TokenResponse answer;
        try {
            answer = ApiCalls.tokens(ApiCalls.call(() -> sessions.secondStep(request)));
        } catch (ApiProblemException problem) {
            if (problem.is(ApiProblemException.SECOND_STEP_FAILED)) {
                return new SecondStep.CodeRefused(problem.getMessage());
            }
            if (problem.is(ApiProblemException.SECOND_STEP_EXPIRED)) {
                return new SecondStep.Expired(problem.getMessage());
            }
            throw problem;
        }
        return new SecondStep.SignedIn(keep(answer, fallbackEmail, beforeKeepingTokens));
    }

    private SessionCredentials.Account keep(TokenResponse answer, String email, Runnable beforeKeepingTokens) {
        String accountEmail = emailOf(answer.accessToken()).orElse(email.strip().toLowerCase(Locale.ROOT));
        beforeKeepingTokens.run();
        SessionCredentials.Account account = new SessionCredentials.Account(answer.accessToken(), answer.csrf(),
                accountEmail);
        credentials.holder().store(account);
        return account;
    }

    private SignIn.SecondStepNeeded secondStepNeeded(@Nullable LoginAnswer body) {
        if (body == null || body.secondStepToken() == null || body.secondStepToken().isBlank()) {
            throw new ApiProblemException(502, "Bad answer from the journal service",
                    "The journal service asked for a second sign-in step but sent no way to take it.");
        }
        List<String> methods = body.methods() == null ? List.of() : body.methods();
        // Without a time the API said, the step is treated as valid for the few minutes the contract gives it.
        Instant expiresAt = body.expiresAt() == null ? clock.instant().plusSeconds(300) : body.expiresAt();
        return new SignIn.SecondStepNeeded(body.secondStepToken(), methods, expiresAt);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
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
                    holder.noteEndedIfEmpty(refused.is(ApiProblemException.SESSION_REVOKED),
                            refused.is(ApiProblemException.ACCOUNT_DISABLED));
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
