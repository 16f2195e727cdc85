package app.journal.webui.view.signin;

import app.journal.webui.view.CodeFields;
import app.journal.webui.WebUiProperties;
import app.journal.webui.api.JournalApiClient;
import app.journal.webui.api.JournalApiException;
import app.journal.webui.api.SecondStep;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import java.util.Optional;
import app.journal.webui.view.AuthBroadcast;
import app.journal.webui.view.UiMessages;
import static app.journal.webui.view.FormParts.alert;
import static app.journal.webui.view.FormParts.show;
import static app.journal.webui.view.FormParts.hide;
import static app.journal.webui.view.FormParts.markInvalid;
import static app.journal.webui.view.FormParts.clearInvalid;
import app.journal.webui.view.SignInRedirect;
import app.journal.webui.view.SignInNotice;
import app.journal.webui.view.PublicPage;

/**
 * The second sign-in step ({@code /login/second-step}), reached from {@link LoginView} when the password
 * was right and the account has two-step verification on: the authenticator app's code
 * ({@code second-step-code}), or a recovery code instead ({@code recovery-code}), and "Trust this browser
 * for 30 days" ({@code trust-browser}). The pending sign-in lives in this browser's session
 * ({@link PendingSecondStep}); without one the page sends the person to sign in. A wrong code says only
 * that it did not work; an expired step goes back to the sign-in page, which says so.
 */
@PublicPage
@Route(SecondStepView.ROUTE)
@PageTitle("Two-step verification · Journal")
public class SecondStepView extends AuthPage {

    static final String ROUTE = "login/second-step";

    private final JournalApiClient api;
    private final TextField code = CodeFields.oneTimeCode("second-step-code", "6-digit code");
    private final TextField recovery = CodeFields.recoveryCode("recovery-code");
    private final Button toggle = new Button();
    private final Checkbox trust = new Checkbox("Trust this browser for 30 days");
    private final Button submit = new Button("Verify");
    private final Div error = alert("second-step-error", "auth-error");
    private final Paragraph intro = new Paragraph();
    private boolean usingRecoveryCode;

    public SecondStepView(JournalApiClient api, WebUiProperties properties) {
        super(properties, "Two-step verification");
        this.api = api;
        intro.setId("second-step-intro");
        toggle.setId("use-recovery-code");
        toggle.addThemeVariants(ButtonVariant.TERTIARY);
        toggle.addClickListener(e -> useRecoveryCode(!usingRecoveryCode));
        trust.setId("trust-browser");
        trust.setTooltipText("Do not use this on a shared or public computer");
        submit.setId("second-step-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setWidthFull();
        submit.addClickListener(e -> verify());
        Div form = new Div(intro, error, code, recovery, toggle, trust, submit);
        form.addClassName("auth-form");
        submit.addClickShortcut(Key.ENTER).listenOn(form).resetFocusOnActiveElement();
        card.add(form);
        Button back = new Button("Back to sign in", e -> backToSignIn());
        back.setId("back-to-login");
        back.addThemeVariants(ButtonVariant.TERTIARY);
        footer.add(back);
        useRecoveryCode(false);
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        hide(error);
        if (api.account().isPresent()) {
            PendingSecondStep.drop();
            SignInRedirect.forward(event, Optional.empty());
            return;
        }
        Optional<PendingSecondStep> pending = PendingSecondStep.current();
        if (pending.isEmpty()) {
            event.forwardTo(LoginView.class);
            return;
        }
        toggle.setVisible(pending.get().acceptsRecoveryCodes());
        useRecoveryCode(false);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        code.focus();
    }

    private void useRecoveryCode(boolean use) {
        usingRecoveryCode = use;
        code.setVisible(!use);
        recovery.setVisible(use);
        code.clear();
        recovery.clear();
        clearInvalid(code);
        clearInvalid(recovery);
        intro.setText(use ? "Enter one of your recovery codes. Each code works once."
                : "Open your authenticator app and enter the 6-digit code it shows for Journal.");
        toggle.setText(use ? "Use the code from your app instead" : "Use a recovery code instead");
        (use ? recovery : code).focus();
    }

    private void verify() {
        hide(error);
        Optional<PendingSecondStep> held = PendingSecondStep.current();
        if (held.isEmpty()) {
            backToSignIn();
            return;
        }
        TextField field = usingRecoveryCode ? recovery : code;
        if (!CodeFields.filled(field, usingRecoveryCode ? "Enter a recovery code." : "Enter the 6-digit code.")) {
            return;
        }
        PendingSecondStep pending = held.get();
        SecondStep answer;
        try {
            answer = api.completeSecondStep(pending.token(), usingRecoveryCode ? null : code.getValue(),
                    usingRecoveryCode ? recovery.getValue() : null, trust.getValue(), pending.email(),
                    () -> VaadinService.reinitializeSession(VaadinRequest.getCurrent()));
        } catch (JournalApiException failure) {
            show(error, UiMessages.of(failure));
            return;
        }
        switch (answer) {
            case SecondStep.SignedIn _ -> {
                PendingSecondStep.drop();
                UI ui = UI.getCurrent();
                AuthBroadcast.announce(ui, AuthBroadcast.SIGNED_IN);
                SignInRedirect.follow(ui, Optional.ofNullable(pending.next()));
            }
            case SecondStep.CodeRefused _ -> {
                field.clear();
                markInvalid(field, UiMessages.CODE_DID_NOT_WORK);
                show(error, UiMessages.CODE_DID_NOT_WORK);
                field.focus();
            }
            case SecondStep.Expired expired -> {
                PendingSecondStep.drop();
                SignInNotice.leave(expired.message().isBlank() ? UiMessages.SECOND_STEP_EXPIRED : expired.message());
                UI.getCurrent().navigate(LoginView.class);
            }
        }
    }

    private void backToSignIn() {
        PendingSecondStep.drop();
        UI.getCurrent().navigate(LoginView.class);
    }
}
