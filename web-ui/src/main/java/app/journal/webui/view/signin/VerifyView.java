package app.journal.webui.view.signin;

import app.journal.webui.WebUiProperties;
import app.journal.webui.api.ApiProblemException;
import app.journal.webui.api.JournalApiClient;
import app.journal.webui.api.JournalApiException;
import app.journal.webui.api.account.VerifyOutcome;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import app.journal.webui.view.UiMessages;
import static app.journal.webui.view.FormParts.alert;
import static app.journal.webui.view.FormParts.show;
import static app.journal.webui.view.FormParts.hide;
import static app.journal.webui.view.FormParts.markInvalid;
import static app.journal.webui.view.FormParts.clearInvalid;
import app.journal.webui.view.PublicPage;
import app.journal.webui.view.Routes;
import java.util.ArrayList;

/**
 * Where the verification mail's link leads: {@code /verify?token=...}. Hands the token to the API and
 * says what happened: verified (sign in now), used before (sign in), or invalid/expired (ask for a new
 * link right here).
 */
@PublicPage
@Route(VerifyView.ROUTE)
@PageTitle("Verify your address · Journal")
public class VerifyView extends LinkPage {

    static final String ROUTE = Routes.VERIFY;

    private final JournalApiClient api;

    public VerifyView(JournalApiClient api, WebUiProperties properties) {
        super(properties, "Verifying your address", ROUTE, "verify", "Your address could not be checked right now");
        this.api = api;
    }

    @Override
    protected void showIncomplete() {
        showFailed("This link is incomplete",
                "The address you opened has no verification code in it. Open the link from the mail again, "
                        + "or copy all of it into the address bar.", true);
    }

    @Override
    protected void follow(String token) {
        switch (api.verify(token)) {
            case VerifyOutcome.Verified _ -> answer("verify-success", "Your address is verified",
                    new Paragraph("Thank you. Your account is ready: sign in to start writing."), toLogin("Sign in"));
            case VerifyOutcome.AlreadyUsed used -> showFailed("This link was already used", used.detail(), false);
            case VerifyOutcome.Invalid invalid -> showFailed("This link does not work", invalid.detail(), true);
        }
    }

    private void showFailed(String title, String detail, boolean offerNewLink) {
        var parts = new ArrayList<Component>();
        parts.add(new Paragraph(detail));
        if (offerNewLink) {
            parts.add(newLinkForm());
        }
        parts.add(new Paragraph(toLogin("Go to sign in")));
        answer("verify-failed", title, parts.toArray(Component[]::new));
    }

    private Div newLinkForm() {
        H2 title = new H2("Get a new link");
        title.addClassName("auth-subheading");
        EmailField email = new EmailField("Email address");
        email.setId("resend-email");
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setManualValidation(true);
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        email.addValueChangeListener(e -> clearInvalid(email));
        Div done = alert("resend-done", "auth-notice");
        Button send = new Button("Send a new link");
        send.setId("resend-submit");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickListener(e -> {
            hide(done);
            if (email.getValue().isBlank()) {
                markInvalid(email, "Enter the address you registered with.");
                email.focus();
                return;
            }
            try {
                api.resendVerification(email.getValue().strip());
                show(done, "Done: if the address can be used, a new link is on its way. Check your mail.");
            } catch (ApiProblemException problem) {
                problem.messageFor("email").ifPresentOrElse(message -> markInvalid(email, message),
                        () -> show(done, problem.status() == 429 ? UiMessages.tooManyAttempts(problem.retryAfter())
                                : "No new link was sent. " + problem.getMessage()));
            } catch (JournalApiException failure) {
                show(done, "No new link was sent. " + failure.getMessage());
            }
        });
        Div form = new Div(title, done, email, send);
        form.addClassName("auth-form");
        send.addClickShortcut(Key.ENTER).listenOn(form).resetFocusOnActiveElement();
        return form;
    }

    private static RouterLink toLogin(String text) {
        RouterLink link = new RouterLink(text, LoginView.class);
        link.setId("to-login");
        return link;
    }
}
