package app.journal.webui.view;

import app.journal.webui.api.JournalApiClient;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import org.jspecify.annotations.Nullable;

/**
 * The way out of a signed-in page when the API says the session is over: to {@code /login}, which says
 * why ("Your session has ended", or "You were signed out from another device"), and back to the page
 * after signing in again.
 */
public final class SessionEnd {

    private SessionEnd() {
    }

    /**
     * @param entering the navigation that is running, if the session ended during one (then it forwards)
     * @param backTo   this application's path to come back to, for example {@code /account/devices}
     */
    public static void toSignIn(JournalApiClient api, @Nullable BeforeEnterEvent entering, String backTo) {
        api.noteSessionEnded();
        QueryParameters back = QueryParameters.of(SignInRedirect.NEXT, backTo);
        if (entering != null) {
            entering.forwardTo(Routes.LOGIN, back);
        } else {
            UI.getCurrent().navigate(Routes.LOGIN, back);
        }
    }
}
