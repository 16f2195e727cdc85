package app.journal.webui.view;

import app.journal.webui.api.JournalApiClient;
import app.journal.webui.api.JournalApiException;
import app.journal.webui.api.SessionCredentials;
import com.vaadin.flow.server.VaadinSession;
import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;

/**
 * Whether the signed-in person is an administrator, as {@code GET /api/me} says ({@code roles} holds
 * {@code admin}): for the frame's "Administration" menu item and the administrators' pages. Asked once per
 * access token and kept in the browser's session (server memory): a new sign-in, another account or a renewed
 * token (every few minutes) asks again, so a role given or taken shows soon. Only what the menu shows rests on
 * it: the API decides every administrator's call itself, on the account's current state.
 */
public final class AdminRole {

    static final String ADMIN = "admin";

    /** @param token a hash of the access token the answer was had with (never the token itself) */
    private record Known(String email, int token, boolean admin) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    private AdminRole() {
    }

    /**
     * @throws app.journal.webui.api.SessionEndedException when asking finds the sign-in over
     */
    public static boolean isAdmin(JournalApiClient api) {
        Optional<SessionCredentials.Account> account = api.account();
        if (account.isEmpty()) {
            return false;
        }
        VaadinSession session = VaadinSession.getCurrent();
        Known known = session == null ? null : session.getAttribute(Known.class);
        String email = account.get().email();
        int token = account.get().accessToken().hashCode();
        if (known != null && known.email().equals(email) && known.token() == token) {
            return known.admin();
        }
        boolean admin = api.me().roles().contains(ADMIN);
        if (session != null) {
            session.setAttribute(Known.class, new Known(email, token, admin));
        }
        return admin;
    }

    /** Like {@link #isAdmin} for the menu: {@code false} when the API cannot say right now. */
    static boolean isAdminIfKnown(JournalApiClient api) {
        try {
            return isAdmin(api);
        } catch (JournalApiException notNow) {
            return false;
        }
    }

    /** Forgets what was known, for example when the API says the person is no administrator (any more). */
    public static void forget() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(Known.class, null);
        }
    }
}
