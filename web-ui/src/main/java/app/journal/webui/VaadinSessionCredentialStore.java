package app.journal.webui;

import app.journal.webui.api.CredentialStore;
import app.journal.webui.api.SessionCredentials;
import com.vaadin.flow.server.VaadinSession;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps the API credentials as an attribute of the browser's {@link VaadinSession}: in server memory
 * only, gone when that session ends. Must be used on a thread that holds the session (a UI event, a
 * navigation, or {@code UI.access}).
 */
final class VaadinSessionCredentialStore implements CredentialStore {

    @Override
    public Optional<SessionCredentials> current() {
        return Optional.ofNullable(session().getAttribute(SessionCredentials.class));
    }

    @Override
    public void store(SessionCredentials credentials) {
        session().setAttribute(SessionCredentials.class, Objects.requireNonNull(credentials, "credentials"));
    }

    @Override
    public void clear() {
        session().setAttribute(SessionCredentials.class, null);
    }

    private static VaadinSession session() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            throw new IllegalStateException("The journal API was called outside of a browser session");
        }
        return session;
    }
}
