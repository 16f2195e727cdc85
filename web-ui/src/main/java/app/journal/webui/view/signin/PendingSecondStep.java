package app.journal.webui.view.signin;

import com.vaadin.flow.server.VaadinSession;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import app.journal.webui.view.SignInRedirect;

/**
 * A sign-in whose password was right and that waits for its second step: the API's opaque token, kept in
 * this browser's session on the server (never in the URL, never in the page), the methods the step
 * accepts, the address typed, and where to go afterwards.
 *
 * @param next this application's path to go to once signed in, already checked ({@link SignInRedirect})
 */
record PendingSecondStep(String token, List<String> methods, Instant expiresAt, String email, @Nullable String next)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    PendingSecondStep {
        methods = List.copyOf(methods);
    }

    boolean acceptsRecoveryCodes() {
        return methods.isEmpty() || methods.contains("recovery_code");
    }

    static void keep(PendingSecondStep pending) {
        VaadinSession.getCurrent().setAttribute(PendingSecondStep.class, pending);
    }

    static Optional<PendingSecondStep> current() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(PendingSecondStep.class));
    }

    static void drop() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(PendingSecondStep.class, null);
        }
    }

    @Override
    public String toString() {
        return "PendingSecondStep[token=<hidden>, methods=" + methods + ", expiresAt=" + expiresAt + "]";
    }
}
