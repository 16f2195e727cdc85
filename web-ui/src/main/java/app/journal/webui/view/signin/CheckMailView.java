package app.journal.webui.view.signin;

import app.journal.webui.WebUiProperties;
import app.journal.webui.api.ApiProblemException;
import app.journal.webui.api.JournalApiClient;
import app.journal.webui.api.JournalApiException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;
import app.journal.webui.view.UiMessages;
import static app.journal.webui.view.FormParts.alert;
import static app.journal.webui.view.FormParts.show;
import app.journal.webui.view.PublicPage;
import app.journal.webui.view.Routes;

/**
 * "Check your mail" after registering: what happens next, and a way to get the link again. The address
 * just registered is remembered in the browser's session (server memory), never put in the URL.
 */
@PublicPage
@Route(CheckMailView.ROUTE)
@PageTitle("Check your mail · Journal")
public class CheckMailView extends AuthPage {

    static final String ROUTE = Routes.CHECK_MAIL;

    /** The address the person just registered, so that "send it again" needs no typing. */
    record PendingAddress(String email, String message) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    private final JournalApiClient api;
    private final Paragraph sent = new Paragraph();
    private final Div resendSection = new Div();
    private final Div resendResult = alert("resend-result", "auth-notice");

    public CheckMailView(JournalApiClient api, WebUiProperties properties) {
        super(properties, "Check your mail");
        this.api = api;
        heading.setId("check-mail");

        Paragraph next = new Paragraph("Open the link in that mail to confirm your address, then sign in. "
                + "The link works once and expires after a while.");

        H2 again = new H2("No mail?");
        again.addClassName("auth-subheading");
        Paragraph hint = new Paragraph("Look in your spam folder, or have the link sent again.");
        Button resend = new Button("Send the link again", e -> resend());
        resend.setId("resend-verification");
        resend.addThemeVariants(ButtonVariant.TERTIARY);
        resendSection.add(again, hint, resendResult, resend);
        resendSection.addClassName("auth-form");

        card.add(sent, next, resendSection);

        RouterLink toLogin = new RouterLink("Go to sign in", LoginView.class);
        toLogin.setId("check-mail-to-login");
        footer.add(new Span("Verified already? "), toLogin);
    }

    /** Remembers the address just registered for this page. */
    static void remember(String email, String message) {
        VaadinSession.getCurrent().setAttribute(PendingAddress.class, new PendingAddress(email, message));
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        Optional<PendingAddress> pending = pending();
        sent.setText(pending.map(PendingAddress::message)
                .orElse("If the address can be used, a verification link is on its way to it."));
        resendSection.setVisible(pending.isPresent());
    }

    private Optional<PendingAddress> pending() {
        return Optional.ofNullable(VaadinSession.getCurrent().getAttribute(PendingAddress.class));
    }

    private void resend() {
        Optional<PendingAddress> pending = pending();
        if (pending.isEmpty()) {
            return;
        }
        try {
            api.resendVerification(pending.get().email());
            show(resendResult, "Done: if the address can be used, a new link is on its way.");
        } catch (ApiProblemException problem) {
            show(resendResult, problem.status() == 429 ? UiMessages.tooManyAttempts(problem.retryAfter())
                    : "The link was not sent again. " + problem.getMessage());
        } catch (JournalApiException failure) {
            show(resendResult, "The link was not sent again. " + failure.getMessage());
        }
    }
}
