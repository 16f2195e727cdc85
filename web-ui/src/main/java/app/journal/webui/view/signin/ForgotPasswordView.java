package app.journal.webui.view.signin;

import app.journal.webui.WebUiProperties;
import app.journal.webui.api.ApiProblemException;
import app.journal.webui.api.JournalApiClient;
import app.journal.webui.api.JournalApiException;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import app.journal.webui.view.UiMessages;
import static app.journal.webui.view.FormParts.alert;
import static app.journal.webui.view.FormParts.show;
import static app.journal.webui.view.FormParts.hide;
import static app.journal.webui.view.FormParts.markInvalid;
import static app.journal.webui.view.FormParts.prepareField;
import static app.journal.webui.view.FormParts.clearInvalid;
import app.journal.webui.view.PublicPage;

/**
 * "Forgot your password?" ({@code /forgot}): one address, one answer. The API says the same whether or
 * not the address has an account, and so does this page, so it tells nobody who has an account here.
 */
@PublicPage
@Route(ForgotPasswordView.ROUTE)
@PageTitle("Forgot your password · Journal")
public class ForgotPasswordView extends AuthPage {

    static final String ROUTE = "forgot";

    private final JournalApiClient api;
    private final EmailField email = new EmailField("Email address");
    private final Button send = new Button("Send me a link");
    private final Div done = alert("forgot-done", "auth-notice");
    private final Div error = alert("forgot-error", "auth-error");

    public ForgotPasswordView(JournalApiClient api, WebUiProperties properties) {
        super(properties, "Forgot your password?");
        this.api = api;

        Paragraph intro = new Paragraph("Enter the address you signed up with. If it has an account, we send a link "
                + "there to set a new password.");
        intro.addClassName("auth-intro");
        prepareField(email, "email", Autocomplete.EMAIL);
        send.setId("send-reset");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setWidthFull();
        send.addClickListener(e -> send());

        Div form = new Div(done, error, email, send);
        form.addClassName("auth-form");
        send.addClickShortcut(Key.ENTER).listenOn(form).resetFocusOnActiveElement();
        card.add(intro, form);

        RouterLink toLogin = new RouterLink("Sign in", LoginView.class);
        toLogin.setId("forgot-to-login");
        footer.add(new Span("Remembered it? "), toLogin);
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        // Nothing to prepare: the form is the page.
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        email.focus();
    }

    private void send() {
        hide(done);
        hide(error);
        clearInvalid(email);
        if (email.getValue().isBlank()) {
            markInvalid(email, "Enter your email address.");
            email.focus();
            return;
        }
        try {
            show(done, api.lifecycle().forgotPassword(email.getValue().strip()));
        } catch (ApiProblemException problem) {
            if (problem.status() == 429) {
                show(error, UiMessages.tooManyAttempts(problem.retryAfter()));
            } else {
                problem.messageFor("email").ifPresentOrElse(message -> {
                    markInvalid(email, message);
                    email.focus();
                }, () -> show(error, "No link was sent. " + problem.getMessage()));
            }
        } catch (JournalApiException failure) {
            show(error, "No link was sent. " + failure.getMessage());
        }
    }
}
