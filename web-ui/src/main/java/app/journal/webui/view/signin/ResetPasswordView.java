package app.journal.webui.view.signin;

import app.journal.webui.WebUiProperties;
import app.journal.webui.api.ApiProblemException;
import app.journal.webui.api.FieldError;
import app.journal.webui.api.JournalApiClient;
import app.journal.webui.api.JournalApiException;
import app.journal.webui.api.account.ResetOutcome;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
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

/**
 * Where the reset mail's link leads: {@code /reset?token=...}. Takes the token out of the address bar at
 * once (as {@link VerifyView} does), asks for a new password under the registration's rules, and then
 * sends the person to sign in: a reset signs every session of the account out and signs nobody in.
 */
@PublicPage
@Route(ResetPasswordView.ROUTE)
@PageTitle("Set a new password · Journal")
public class ResetPasswordView extends AuthPage {

    static final String ROUTE = "reset";

    private final JournalApiClient api;
    private final PasswordField password = new PasswordField("New password");
    private final Button submit = new Button("Set new password");
    private final Div error = alert("reset-error", "auth-error");
    private final Div form;
    private final Div result = new Div();
    private String token = "";

    public ResetPasswordView(JournalApiClient api, WebUiProperties properties) {
        super(properties, "Set a new password");
        this.api = api;
        prepareField(password, "password", Autocomplete.NEW_PASSWORD);
        password.setHelperText("Use a long passphrase you use nowhere else, for example a few unrelated words.");
        submit.setId("reset-password");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setWidthFull();
        submit.addClickListener(e -> reset());
        Paragraph twoStep = new Paragraph("A new password does not turn off two-step verification: if it is on, "
                + "you still sign in with the code from your app or a recovery code.");
        twoStep.setId("reset-two-step-note");
        twoStep.addClassName("auth-hint");
        form = new Div(error, password, twoStep, submit);
        form.addClassName("auth-form");
        submit.addClickShortcut(Key.ENTER).listenOn(form).resetFocusOnActiveElement();
        result.addClassName("auth-result");
        card.add(form, result);
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        token = takeLinkToken(event, ROUTE);
        result.removeAll();
        hide(error);
        if (token.isEmpty()) {
            showLinkInvalid("The address you opened has no reset code in it. Open the link from the mail again, "
                    + "or ask for a new one.");
        } else {
            form.setVisible(true);
            password.focus();
        }
    }

    private void reset() {
        hide(error);
        clearInvalid(password);
        if (password.getValue().isEmpty()) {
            markInvalid(password, "Choose a new password.");
            password.focus();
            return;
        }
        try {
            switch (api.lifecycle().resetPassword(token, password.getValue())) {
                case ResetOutcome.Reset _ -> showReset();
                case ResetOutcome.LinkInvalid invalid -> showLinkInvalid(invalid.detail());
            }
        } catch (ApiProblemException problem) {
            showProblem(problem);
        } catch (JournalApiException failure) {
            show(error, "Your password was not changed. " + failure.getMessage());
        }
    }

    private void showProblem(ApiProblemException problem) {
        if (problem.status() == 429) {
            show(error, UiMessages.tooManyAttempts(problem.retryAfter()));
            return;
        }
        for (FieldError fieldError : problem.fieldErrors()) {
            if (fieldError.field().equals("password")) {
                markInvalid(password, fieldError.message());
                password.focus();
            } else {
                show(error, fieldError.message());
            }
        }
        if (problem.fieldErrors().isEmpty()) {
            show(error, "Your password was not changed. " + problem.getMessage());
        }
    }

    private void showReset() {
        token = "";
        password.clear();
        form.setVisible(false);
        heading.setText("Your password is changed");
        Div success = new Div(new Paragraph("Every device that was signed in to your account has been signed out. "
                + "Sign in with your new password."), link("Sign in", LoginView.class, "to-login"));
        success.setId("reset-success");
        success.addClassName("auth-form");
        result.add(success);
    }

    private void showLinkInvalid(String detail) {
        token = "";
        form.setVisible(false);
        heading.setText("This link does not work");
        Div failed = new Div(new Paragraph(detail), link("Ask for a new link", ForgotPasswordView.class, "to-forgot"));
        failed.setId("reset-failed");
        failed.addClassName("auth-form");
        result.add(failed);
    }

    private static RouterLink link(String text, Class<? extends AuthPage> page, String id) {
        RouterLink link = new RouterLink(text, page);
        link.setId(id);
        return link;
    }
}
