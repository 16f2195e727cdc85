package app.journal.webui.api;

import org.springframework.http.client.ClientHttpRequestInterceptor;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.client.RestClient;
import app.journal.webui.api.journal.Entry;
import app.journal.webui.api.journal.EntryDraft;
import app.journal.webui.api.journal.EntryPage;
import app.journal.webui.api.journal.Preview;
import app.journal.webui.api.journal.JournalFilter;
import app.journal.webui.api.account.Me;
import app.journal.webui.api.account.VerifyOutcome;
import app.journal.webui.api.passkeys.PasskeyOptions;

/**
 * The web UI's only way to the REST API. Calls on behalf of the signed-in person (or the demo) carry
 * the browser session's bearer token and are renewed and retried once on {@code 401}
 * ({@link BearerRenewal}); error answers become {@link ApiProblemException}, transport failures
 * {@link ApiUnreachableException} and an ended sign-in {@link SessionEndedException}.
 *
 * <p><b>Tokens.</b> This tier keeps an account's access token and CSRF token in memory (in the
 * {@link CredentialStore}); the refresh token stays in the browser's HttpOnly cookie and only passes
 * through here on its way to the API ({@link RefreshTransport}). So a sign-in survives a restart of this
 * server, or another node taking over: the browser's next request brings the cookie, and
 * {@link #restoreFromCookie} signs it in again with one refresh.
 *
 * <p>Stateless itself: one instance serves every browser session.
 */
public final class JournalApiClient {

    private final CredentialStore credentials;
    private final PublicEndpoints open;
    private final EntryEndpoints signedIn;
    private final JournalFinding finding;
    private final AccountEndpoints account;
    private final CredentialRenewal renewal;
    private final SignIns signIns;
    private final AccountLifecycle lifecycle;
    private final AccountSecurity security;
    private final AccountPasskeys passkeys;
    private final Administration admin;
    private final AccountDevices devices;

    public JournalApiClient(RestClient.Builder http, ApiBaseUrl baseUrl, CredentialStore credentials,
            RefreshTransport transport) {
        this(http, http, baseUrl, credentials, transport);
    }

    /**
     * @param downloads the builder for streamed downloads (the export): like {@code http}, with a read
     *                  timeout meant for a transfer rather than a click
     */
    public JournalApiClient(RestClient.Builder http, RestClient.Builder downloads, ApiBaseUrl baseUrl,
            CredentialStore credentials, RefreshTransport transport) {
        this(http, downloads, baseUrl, credentials, transport, RenewalBackoff.standard(), Clock.systemUTC());
    }

    public JournalApiClient(RestClient.Builder http, ApiBaseUrl baseUrl, CredentialStore credentials,
            RefreshTransport transport, RenewalBackoff backoff, Clock clock) {
        this(http, http, baseUrl, credentials, transport, backoff, clock);
    }

    /**
     * @param http the builder every client starts from (request factory, the visitor's headers); each
     *             client works on a copy of it
     */
    public JournalApiClient(RestClient.Builder http, RestClient.Builder downloads, ApiBaseUrl baseUrl,
            CredentialStore credentials, RefreshTransport transport, RenewalBackoff backoff, Clock clock) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(transport, "transport");
        ApiServices services = new ApiServices(http, baseUrl);
        this.open = services.create(PublicEndpoints.class);
        SessionEndpoints sessions = services.create(SessionEndpoints.class, new RefreshCookieRelay(transport));
        this.renewal = new CredentialRenewal(open, sessions, transport);
        BearerRenewal bearer = new BearerRenewal(credentials, renewal, backoff, clock);
        this.signedIn = services.create(EntryEndpoints.class, bearer);
        this.finding = new JournalFinding(signedIn);
        // The security overview says which trusted browser is this one: it alone of these calls carries the mark.
        ClientHttpRequestInterceptor trustForOverview = (request, body, execution) -> {
            if (request.getURI().getPath().endsWith("/me/security")) {
                transport.offerTrust(request.getHeaders());
            }
            return execution.execute(request, body);
        };
        this.account = services.create(AccountEndpoints.class, bearer, trustForOverview);
        this.devices = new AccountDevices(account);
        this.signIns = new SignIns(credentials, transport, open, sessions, renewal, clock);
        this.security = new AccountSecurity(account, clock);
        this.passkeys = new AccountPasskeys(services.create(PasskeyEndpoints.class, bearer));
        this.admin = new Administration(services.create(AdminEndpoints.class, bearer),
                new AdminAuditCsv(services.client(downloads, bearer)));
        this.lifecycle = new AccountLifecycle(credentials, transport, open, account,
                new AccountExport(services.client(downloads, bearer)), new AccountImport(services.client(downloads, bearer)));
    }

    /** Forgot and reset password, a new address, the export and deleting the account. */
    public AccountLifecycle lifecycle() {
        return lifecycle;
    }

    /** Two-step verification, recovery codes, trusted browsers and "confirm it's you". */
    public AccountSecurity security() {
        return security;
    }

    /** The account's passkeys and "confirm it's you" with one. */
    public AccountPasskeys passkeys() {
        return passkeys;
    }

    /** The administrators' area: accounts, actions on them, the audit log. */
    public Administration admin() {
        return admin;
    }

    /** The account's devices (sessions) and its security activity. */
    public AccountDevices devices() {
        return devices;
    }

    /** Search, "On this day" and the account's search language. */
    public JournalFinding finding() {
        return finding;
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

    /**
     * Whether the last sign-in of this browser session ended because it was signed out from another device
     * (a refresh refused with {@link ApiProblemException#SESSION_REVOKED}).
     */
    public boolean signedOutElsewhere() {
        return credentials.holder().endedElsewhere();
    }

    /**
     * Whether the last sign-in of this browser session ended because an administrator disabled the account
     * (a refresh refused with {@link ApiProblemException#ACCOUNT_DISABLED}).
     */
    public boolean accountDisabled() {
        return credentials.holder().endedDisabled();
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
            credentials.holder().store(renewal.demoCredentials());
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
        return accepted(ApiCalls.call(() -> open.register(new AuthRequests.Credentials(email, password))));
    }

    /** Asks for a new verification link ({@code POST /api/auth/resend-verification}). */
    public String resendVerification(String email) {
        Objects.requireNonNull(email, "email");
        return accepted(ApiCalls.call(() -> open.resendVerification(new AuthRequests.Email(email))));
    }

    /** Hands the token of a verification link to the API ({@code POST /api/auth/verify}). */
    public VerifyOutcome verify(String token) {
        Objects.requireNonNull(token, "token");
        try {
            ApiCalls.call(() -> open.verify(new AuthRequests.VerificationToken(token)));
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
     * Signs in ({@code POST /api/auth/login}, cookie transport): the API sets the refresh cookie, which
     * goes on to the browser; the access and CSRF tokens are kept for this browser session. Whoever was
     * signed in in this browser session is signed out first: the browser has one refresh cookie.
     *
     * @param rememberMe          whether the cookie outlives the browser session ("keep me signed in")
     * @param beforeKeepingTokens runs after the API accepted the credentials and before the tokens are
     *                            kept: the web UI starts a fresh HTTP session there (no session fixation)
     * @return signed in, or (two-step verification on, and this browser not trusted) a second step needed:
     *         nothing is signed in then, see {@link #completeSecondStep}
     * @throws ApiProblemException {@code 401} {@link ApiProblemException#INVALID_CREDENTIALS}, {@code 429}
     *                             with {@link ApiProblemException#retryAfter()}, {@code 503}, ...
     */
    public SignIn logIn(String email, String password, boolean rememberMe,
            Runnable beforeKeepingTokens) {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(beforeKeepingTokens, "beforeKeepingTokens");
        return signIns.logIn(email, password, rememberMe, beforeKeepingTokens);
    }

    /**
     * The second sign-in step ({@code POST /api/auth/second-step}): the authenticator app's code (spaces are
     * fine) or a recovery code for the pending sign-in. With {@code trustBrowser} the API sets a cookie that
     * lets this browser skip the step for a while; it goes on to the browser like the refresh cookie.
     *
     * @param token         the pending sign-in's token from {@link SignIn.SecondStepNeeded}
     * @param fallbackEmail the address typed at the first step, if the API cannot say
     * @param beforeKeepingTokens as for {@link #logIn}
     * @throws ApiProblemException {@code 429} and other refusals than a wrong code or an expired step
     */
    public SecondStep completeSecondStep(String token, @Nullable String code, @Nullable String recoveryCode,
            boolean trustBrowser, String fallbackEmail, Runnable beforeKeepingTokens) {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(fallbackEmail, "fallbackEmail");
        Objects.requireNonNull(beforeKeepingTokens, "beforeKeepingTokens");
        return signIns.completeSecondStep(token, code, recoveryCode, trustBrowser, fallbackEmail, beforeKeepingTokens);
    }

    /**
     * Starts a passkey sign-in ({@code POST /api/auth/passkey/options}): options for any discoverable passkey
     * of this site, no address needed. Nothing changes in this browser session.
     *
     * @throws ApiProblemException {@code 429} like the password sign-in, {@code 404} when accounts are off, ...
     */
    public PasskeyOptions passkeySignInOptions() {
        return signIns.passkeyOptions();
    }

    /**
     * Signs in with a passkey ({@code POST /api/auth/passkey}, cookie transport): the same state as
     * {@link #logIn} with the password ends in (the refresh cookie on its way to the browser, the access and
     * CSRF tokens kept here, whoever was signed in here signed out first), never a second step.
     *
     * @param ceremonyId     from {@link #passkeySignInOptions}
     * @param credentialJson the browser's {@code PublicKeyCredential.toJSON()}, as it came
     * @param rememberMe     as for {@link #logIn}
     * @param beforeKeepingTokens as for {@link #logIn}
     * @return signed in, or refused ({@link ApiProblemException#PASSKEY_FAILED}) with the API's words
     * @throws ApiProblemException {@code 429}, {@code 400} for an answer that is no JSON, {@code 503}, ...
     */
    public PasskeySignIn signInWithPasskey(String ceremonyId, String credentialJson, boolean rememberMe,
            Runnable beforeKeepingTokens) {
        Objects.requireNonNull(ceremonyId, "ceremonyId");
        Objects.requireNonNull(credentialJson, "credentialJson");
        Objects.requireNonNull(beforeKeepingTokens, "beforeKeepingTokens");
        return signIns.signInWithPasskey(ceremonyId, credentialJson, rememberMe, beforeKeepingTokens);
    }

    /**
     * Signs out: drops this browser session's tokens and ends the session at the API
     * ({@code POST /api/auth/logout} with the browser's cookie), which clears the cookie in the browser.
     * The tokens are gone, and the browser told to drop its cookie, even when the API cannot be reached.
     */
    public void logOut() {
        signIns.logOut();
    }

    /**
     * Signs this browser session in again from the browser's refresh cookie: one refresh, then
     * {@code /api/me} for the address. For a browser that arrives with the cookie and no credentials on
     * this server (after a restart, on another node, after the HTTP session timed out, in a new window).
     * Single-flight like renewal: under the holder's lock, and not at all if someone restored meanwhile.
     *
     * @param beforeKeepingTokens runs after the API accepted the cookie and before the tokens are kept:
     *                            the web UI starts a fresh HTTP session there (no session fixation)
     */
    public Restore restoreFromCookie(Runnable beforeKeepingTokens) {
        Objects.requireNonNull(beforeKeepingTokens, "beforeKeepingTokens");
        return signIns.restoreFromCookie(beforeKeepingTokens);
    }

    /** The signed-in account as the API knows it ({@code GET /api/me}). */
    public Me me() {
        return ApiCalls.required(ApiCalls.call(signedIn::me));
    }

    /**
     * Asks the API for the signed-in account's address and keeps it when it changed (a new address was
     * confirmed, maybe from this very browser), so the frame shows who is signed in. Nothing to do when
     * nobody is signed in.
     */
    public void refreshAccountAddress() {
        Optional<SessionCredentials.Account> held = account();
        if (held.isEmpty()) {
            return;
        }
        String now = me().email();
        if (!now.isBlank()) {
            credentials.holder().renameAccount(held.get().email(), now);
        }
    }

    // --- entries --------------------------------------------------------------------------------------------

    /** One keyset page of this account's entries, newest first; {@code cursor} null for the first page. */
    public EntryPage listEntries(@Nullable String cursor, int size, JournalFilter filter) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be >= 1, but was " + size);
        }
        return ApiCalls.required(ApiCalls.call(
                () -> signedIn.list(cursor, size, iso(filter.from()), iso(filter.to()), filter.zone().getId())));
    }

    static @Nullable String iso(java.time.@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }

    public Entry getEntry(UUID id) {
        Objects.requireNonNull(id, "id");
        return ApiCalls.required(ApiCalls.call(() -> signedIn.get(id)));
    }

    /** Writes a new entry; a {@code 400} with field errors comes back as {@link ApiProblemException}. */
    public Entry createEntry(EntryDraft draft) {
        Objects.requireNonNull(draft, "draft");
        return ApiCalls.required(ApiCalls.call(() -> signedIn.create(draft)));
    }

    public Entry updateEntry(UUID id, EntryDraft draft) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(draft, "draft");
        return ApiCalls.required(ApiCalls.call(() -> signedIn.update(id, draft)));
    }

    /** A body being written, rendered by the API as its entry will be ({@code POST /api/entries/preview}): HTML. */
    public String previewEntry(String body) {
        Objects.requireNonNull(body, "body");
        return ApiCalls.required(ApiCalls.call(() -> signedIn.preview(new Preview.Request(body)))).html();
    }

    public void deleteEntry(UUID id) {
        Objects.requireNonNull(id, "id");
        ApiCalls.run(() -> signedIn.delete(id));
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private static String accepted(@Nullable AcceptedResponse answer) {
        return answer == null || answer.message() == null || answer.message().isBlank()
                ? "If this address can be used, a verification link is on its way to it. Check your mail."
                : answer.message();
    }
}
