package app.journal.webui.view;

import app.journal.webui.api.ApiProblemException;
import app.journal.webui.api.JournalApiClient;
import app.journal.webui.api.Restore;
import app.journal.webui.api.SessionCredentials;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.WrappedHttpSession;
import org.jspecify.annotations.Nullable;

/**
 * Who may see a signed-in page. A browser session with an account is signed in. One without credentials
 * on this server that brings the refresh cookie (after a restart, on another node, after its HTTP session
 * timed out, a new window with "keep me signed in") is signed in again with one refresh, before the page
 * renders. The outcome of a failed attempt is remembered for the rest of the browser's request, so that
 * a forward to the sign-in page does not ask the API a second time.
 */
public final class SignInGuard {

    /** What the guard found. */
    public sealed interface Access permits SignedIn, SignedOut, NotNow {
    }

    public record SignedIn(SessionCredentials.Account account) implements Access {
    }

    /**
     * Not signed in.
     *
     * @param sawCookie whether the browser's request had a refresh cookie (the API refused it then): a
     *                  request without one may still come from a browser that holds one (a cross-site
     *                  link does not send a {@code SameSite=Strict} cookie)
     */
    public record SignedOut(boolean sawCookie) implements Access {
    }

    /**
     * The sign-in could not be restored right now; nothing was cleared, trying again may work.
     *
     * @param forbidden the API did not trust the call ({@code 403}): for example a page opened from another
     *                  site ({@code Sec-Fetch-Site: cross-site}), which a request from the page itself is not
     */
    public record NotNow(String message, boolean forbidden) implements Access {
    }

    private static final String OUTCOME = SignInGuard.class.getName() + ".outcome";

    private SignInGuard() {
    }

    public static Access check(JournalApiClient api) {
        var account = api.account();
        if (account.isPresent()) {
            return new SignedIn(account.get());
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getAttribute(OUTCOME) instanceof Access earlier) {
            return earlier;
        }
        Access outcome = switch (api.restoreFromCookie(SignInGuard::freshHttpSession)) {
            case Restore.Restored restored -> new SignedIn(restored.account());
            case Restore.NoCookie _ -> new SignedOut(false);
            case Restore.Refused _ -> new SignedOut(true);
            case Restore.NotNow notNow -> new NotNow(notNowMessage(notNow), isForbidden(notNow));
        };
        if (request != null && !(outcome instanceof SignedIn)) {
            request.setAttribute(OUTCOME, outcome);
        }
        return outcome;
    }

    /**
     * A new HTTP session id before restored tokens are kept, as at sign-in: no session fixation. Not needed
     * for a session this very request created (the usual case after a restart or failover, when the
     * browser's session id was unknown here): its id is one the browser has not even seen yet.
     */
    private static void freshHttpSession() {
        @Nullable VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return;
        }
        if (request.getWrappedSession(false) instanceof WrappedHttpSession http && http.getHttpSession().isNew()) {
            return;
        }
        VaadinService.reinitializeSession(request);
    }

    private static boolean isForbidden(Restore.NotNow notNow) {
        return notNow.reason() instanceof ApiProblemException problem && problem.status() == 403;
    }

    private static String notNowMessage(Restore.NotNow notNow) {
        if (isForbidden(notNow)) {
            return "Your sign-in could not be confirmed for this page. Please sign in again.";
        }
        return "Your sign-in could not be restored right now. " + notNow.reason().getMessage();
    }
}
