package app.journal.webui;

import app.journal.webui.api.CredentialHolder;
import app.journal.webui.api.CredentialStore;
import com.vaadin.flow.server.VaadinSession;

/**
 * Keeps one {@link CredentialHolder} per browser session as an attribute of its {@link VaadinSession}:
 * in server memory only, shared by the browser's tabs, gone when that session ends. A sign-in moves the
 * Vaadin session to a fresh HTTP session ({@code VaadinService.reinitializeSession}); the holder moves
 * with it. Must be used on a thread of a browser session's request: a UI event, a navigation,
 * {@code UI.access}, or a download, whose handler runs without the session's lock (so this takes it just
 * for reading the attribute; the holder guards itself).
 */
final class VaadinSessionCredentialStore implements CredentialStore {

    @Override
    public CredentialHolder holder() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            throw new IllegalStateException("The journal API was called outside of a browser session");
        }
        boolean locked = session.hasLock();
        if (!locked) {
            session.lock();
        }
        try {
            CredentialHolder holder = session.getAttribute(CredentialHolder.class);
            if (holder == null) {
                holder = new CredentialHolder();
                session.setAttribute(CredentialHolder.class, holder);
            }
            return holder;
        } finally {
            if (!locked) {
                session.unlock();
            }
        }
    }
}
