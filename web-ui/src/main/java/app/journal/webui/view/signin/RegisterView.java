package app.journal.webui.view.signin;

import app.journal.webui.WebUiProperties;
import app.journal.webui.api.ApiProblemException;
import app.journal.webui.api.FieldError;
import app.journal.webui.api.JournalApiClient;
import app.journal.webui.api.JournalApiException;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
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
import app.journal.webui.view.Routes;

/**
 * Create an account: email and password. The API owns the rules (a valid address, a password that is
 * long and not easily guessed); its field errors appear under the inputs. Then: check your mail.
 */
@PublicPage
@Route(RegisterView.ROUTE)
@PageTitle("Create an account · Journal")
public class RegisterView extends AuthPage {

    static final String ROUTE = Routes.REGISTER;

    private final JournalApiClient api;
    private final EmailField email = new EmailField("Email address");
    private final PasswordField password = new PasswordField("Password");
    private final Button submit = new Button("Create account");
    private final Div error = alert("register-error", "auth-error");

    public RegisterView(JournalApiClient api, WebUiProperties properties) {
        super(properties, "Create your account");
        this.api = api;

        Paragraph intro = new Paragraph("Your journal is private. We send you a link to confirm your address.");
        intro.addClassName("auth-intro");

        prepareField(email, "register-email", Autocomplete.EMAIL);

        prepareField(password, "register-password", Autocomplete.NEW_PASSWORD);
        password.setHelperText("Use a long passphrase you use nowhere else, for example a few unrelated words.");

        submit.setId("register-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setWidthFull();
        submit.addClickListener(e -> register());

        Div form = new Div(error, email, password, submit);
        form.addClassName("auth-form");
        submit.addClickShortcut(Key.ENTER).listenOn(form).resetFocusOnActiveElement();
        card.add(intro, form);

        RouterLink toLogin = new RouterLink("Sign in", LoginView.class);
        toLogin.setId("register-to-login");
        footer.add(new Span("Already have an account? "), toLogin);
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

    private void register() {
        hide(error);
        clearInvalid(email);
        clearInvalid(password);
        if (email.getValue().isBlank()) {
            markInvalid(email, "Enter your email address.");
        }
        if (password.getValue().isEmpty()) {
            markInvalid(password, "Choose a password.");
        }
        if (email.isInvalid() || password.isInvalid()) {
            (email.isInvalid() ? email : password).focus();
            return;
        }
        String address = email.getValue().strip();
        try {
            String message = api.register(address, password.getValue());
            CheckMailView.remember(address, message);
            UI.getCurrent().navigate(CheckMailView.class);
        } catch (ApiProblemException problem) {
            showProblem(problem);
        } catch (JournalApiException failure) {
            show(error, "Your account was not created. " + failure.getMessage());
        }
    }

    private void showProblem(ApiProblemException problem) {
        if (problem.status() == 429) {
            show(error, UiMessages.tooManyAttempts(problem.retryAfter()));
            return;
        }
        boolean placed = false;
        for (FieldError fieldError : problem.fieldErrors()) {
            switch (fieldError.field()) {
                case "email" -> {
                    markInvalid(email, fieldError.message());
                    placed = true;
                }
                case "password" -> {
                    markInvalid(password, fieldError.message());
                    placed = true;
                }
                default -> show(error, fieldError.message());
            }
        }
        if (placed) {
            (email.isInvalid() ? email : password).focus();
        } else if (problem.fieldErrors().isEmpty()) {
            show(error, "Your account was not created. " + problem.getMessage());
        }
    }
}
