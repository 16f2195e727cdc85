package app.journal.webui.view;

import com.vaadin.flow.server.VaadinSession;
import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;

/**
 * A message for the sign-in page to show once, left by the page that sends the person there (the
 * account was deleted). Kept in the browser's session (server memory), never in the URL, so a link cannot
 * make the sign-in page say it.
 */
public final class SignInNotice {

    private record Notice(String text) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    private SignInNotice() {
    }

    public static void leave(String text) {
        VaadinSession.getCurrent().setAttribute(Notice.class, new Notice(text));
    }

    /** The message left for the sign-in page, if any; it is gone afterwards. */
    public static Optional<String> take() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return Optional.empty();
        }
        Notice notice = session.getAttribute(Notice.class);
        session.setAttribute(Notice.class, null);
        return Optional.ofNullable(notice).map(Notice::text);
    }
}
