package app.journal.webui.view.signin;

import app.journal.webui.WebUiProperties;
import app.journal.webui.api.ApiProblemException;
import app.journal.webui.api.FieldError;
import app.journal.webui.api.JournalApiClient;
import app.journal.webui.api.JournalApiException;
import app.journal.webui.api.SignIn;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import app.journal.webui.api.PasskeySignIn;
import app.journal.webui.view.PasskeyButton;
import app.journal.webui.view.AuthBroadcast;
import app.journal.webui.view.ParkedDrafts;
import app.journal.webui.view.SignInGuard;
import app.journal.webui.view.UiMessages;
import static app.journal.webui.view.FormParts.alert;
import static app.journal.webui.view.FormParts.show;
import static app.journal.webui.view.FormParts.hide;
import static app.journal.webui.view.FormParts.markInvalid;
import static app.journal.webui.view.FormParts.prepareField;
import static app.journal.webui.view.FormParts.clearInvalid;
import app.journal.webui.view.SignInRedirect;
import app.journal.webui.view.SignInNotice;
import app.journal.webui.view.PublicPage;
import app.journal.webui.view.Routes;

/**
 * Sign in with email and password; with two-step verification on (and this browser not trusted), the
 * second step follows on its own page ({@link SecondStepView}). Or with a passkey ({@code passkey-sign-in},
 * or the browser's autofill in the email field): no address, no password, no second step, and then
 * everything as after the password. Supports {@code ?next=<path>} to go back where the person was; says
 * "Your session has ended" when they were sent here because their session ended.
 */
@PublicPage
@Route(LoginView.ROUTE)
@PageTitle("Sign in · Journal")
public class LoginView extends AuthPage {

    static final String ROUTE = Routes.LOGIN;

    private final JournalApiClient api;
    private final EmailField email = new EmailField("Email address");
    private final PasswordField password = new PasswordField("Password");
    private final Checkbox rememberMe = new Checkbox("Keep me signed in");
    private final Button submit = new Button("Sign in");
    private final Button retryRestore = new Button("Try again");
    private final Div sessionEnded = alert("session-ended", "auth-notice");
    private final Div signedOutElsewhere = alert("signed-out-elsewhere", "auth-notice");
    private final Div accountDisabled = alert("account-disabled", "auth-notice");
    private final Div error = alert("login-error", "auth-error");
    private final Div notice = alert("sign-in-notice", "auth-notice");
    private final Div passkeyError = alert("passkey-error", "auth-error");
    private final PasskeyButton passkey = new PasskeyButton("Sign in with a passkey", "passkey-sign-in",
            PasskeyButton.Ceremony.ASSERT, true);
    private Optional<String> next = Optional.empty();
    /**
     * Whether the page should try the restore itself: its own request brought no refresh cookie (a
     * {@code SameSite=Strict} cookie is not sent with a page opened from another site), or the API did not
     * trust that request (a page opened from another site); a request from the page is same-site.
     */
    private boolean probeForCookie;

    private static final String PROBE = """
            if (document.cookie.split(';').some(c => /^\\s*(__Host-)?journal-csrf=/.test(c)) && this.$server) {
              this.$server.cookieMayRestore();
            }
            """;

    public LoginView(JournalApiClient api, WebUiProperties properties) {
        super(properties, "Sign in");
        this.api = api;

        prepareField(email, "login-email", Autocomplete.EMAIL);
        prepareField(password, "login-password", Autocomplete.CURRENT_PASSWORD);
        // "webauthn" last: the browser's autofill offers passkeys here too (conditional mediation).
        email.getElement().setAttribute("autocomplete", "username webauthn");

        submit.setId("login-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setWidthFull();
        submit.addClickListener(e -> signIn());

        rememberMe.setId("remember-me");
        rememberMe.setValue(false);
        rememberMe.setTooltipText("Stay signed in on this device after you close the browser, until you sign out");

        retryRestore.setId("restore-retry");
        retryRestore.addClassName("restore-retry");
        retryRestore.addThemeVariants(ButtonVariant.TERTIARY);
        retryRestore.setVisible(false);
        retryRestore.addClickListener(e -> restoreAgain());

        RouterLink forgot = new RouterLink("Forgot your password?", ForgotPasswordView.class);
        forgot.setId("forgot-link");
        forgot.addClassName("auth-forgot");
        passkey.setWidthFull();
        passkey.addClassName("passkey-sign-in");
        passkey.setTooltipText("Your fingerprint, face or device PIN: no email address and no password");
        passkey.listen(new PasskeySignInListener());
        Div form = new Div(notice, sessionEnded, signedOutElsewhere, accountDisabled, error, retryRestore, email, password, forgot,
                rememberMe, submit, passkeyError, passkey);
        form.addClassName("auth-form");
        submit.addClickShortcut(Key.ENTER).listenOn(form).resetFocusOnActiveElement();
        card.add(form);

        RouterLink toRegister = new RouterLink("Create an account", RegisterView.class);
        toRegister.setId("to-register");
        footer.add(new Span("New to Journal? "), toRegister);
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        next = SignInRedirect.next(event.getLocation().getQueryParameters());
        probeForCookie = false;
        hide(error);
        hide(notice);
        SignInNotice.take().ifPresent(text -> show(notice, text));
        retryRestore.setVisible(false);
        switch (SignInGuard.check(api)) {
            case SignInGuard.SignedIn _ -> {
                // Signed in already (maybe in another tab), or restored from the browser's cookie just now.
                SignInRedirect.forward(event, next);
                return;
            }
            case SignInGuard.SignedOut signedOut -> probeForCookie = !signedOut.sawCookie();
            case SignInGuard.NotNow notNow -> {
                show(error, notNow.message());
                retryRestore.setVisible(true);
                probeForCookie = notNow.forbidden();
            }
        }
        sayWhySignedOut();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        AuthBroadcast.listen(this);
        if (probeForCookie) {
            // The CSRF cookie (readable, unlike the refresh cookie) says whether there is anything to try.
            getElement().executeJs(PROBE);
        }
        email.focus();
        if (api.account().isEmpty()) {
            PasskeyButton.detect(this, support -> {
                // What the browser said, for tests and support: "none", "modal" or "conditional".
                getElement().setAttribute("data-passkeys", support.name().toLowerCase(Locale.ROOT));
                passkey.conditionalAvailable(support == PasskeyButton.Support.CONDITIONAL);
                if (support.any()) {
                    offerPasskey();
                }
            });
        }
    }

    /**
     * Fetches a passkey sign-in's options and hands them to the page (the button and the autofill share
     * them). The button stays hidden while the API cannot start one: the password still works.
     */
    private void offerPasskey() {
        try {
            passkey.offer(api.passkeySignInOptions(), Instant.now());
        } catch (JournalApiException notNow) {
            if (passkey.isVisible()) {
                show(passkeyError, "Passkeys cannot be used right now. " + UiMessages.of(notNow));
            }
        }
    }

    /** What the page reports of a passkey sign-in; finishing it signs in as the password does. */
    private final class PasskeySignInListener implements PasskeyButton.Listener {

        @Override
        public void answered(String ceremonyId, String credentialJson) {
            hide(error);
            hide(passkeyError);
            PasskeySignIn answer;
            try {
                answer = api.signInWithPasskey(ceremonyId, credentialJson, rememberMe.getValue(),
                        () -> VaadinService.reinitializeSession(VaadinRequest.getCurrent()));
            } catch (JournalApiException failure) {
                show(passkeyError, UiMessages.of(failure));
                offerPasskey();
                return;
            }
            switch (answer) {
                case PasskeySignIn.SignedIn _ -> {
                    UI ui = UI.getCurrent();
                    AuthBroadcast.announce(ui, AuthBroadcast.SIGNED_IN);
                    SignInRedirect.follow(ui, next);
                }
                case PasskeySignIn.Refused refused -> {
                    show(passkeyError, "You are not signed in. " + refused.message());
                    offerPasskey();
                }
            }
        }

        @Override
        public void failed(String reason) {
            show(passkeyError, "You are not signed in. " + reason + " Try again, or sign in with your password.");
        }

        @Override
        public void wanted() {
            hide(passkeyError);
            offerPasskey();
            if (!passkeyError.isVisible()) {
                show(notice, "Ready: press \"Sign in with a passkey\" again.");
            }
        }

        @Override
        public void expiring() {
            offerPasskey();
        }
    }

    /** The browser may hold a refresh cookie this request did not carry: try once from the page itself. */
    @ClientCallable
    void cookieMayRestore() {
        if (api.account().isEmpty() && SignInGuard.check(api) instanceof SignInGuard.SignedIn) {
            getUI().ifPresent(this::restored);
        }
    }

    private void restored(UI ui) {
        AuthBroadcast.announce(ui, AuthBroadcast.SIGNED_IN);
        SignInRedirect.follow(ui, next);
    }

    private void restoreAgain() {
        hide(error);
        retryRestore.setVisible(false);
        switch (SignInGuard.check(api)) {
            case SignInGuard.SignedIn _ -> getUI().ifPresent(this::restored);
            case SignInGuard.SignedOut _ -> sayWhySignedOut();
            case SignInGuard.NotNow notNow -> {
                show(error, notNow.message());
                retryRestore.setVisible(true);
            }
        }
    }

    /**
     * Why the person is here, when they did not sign out themselves: their session ended, or it was signed
     * out from another device ({@code signed-out-elsewhere}, instead of {@code session-ended}), or an
     * administrator disabled the account ({@code account-disabled}).
     */
    private void sayWhySignedOut() {
        String keep = ParkedDrafts.any() ? " Please sign in again: what you had not saved yet will be back in the editor."
                : " Please sign in again.";
        hide(sessionEnded);
        hide(signedOutElsewhere);
        hide(accountDisabled);
        if (api.accountDisabled()) {
            show(accountDisabled, UiMessages.ACCOUNT_DISABLED);
        } else if (api.signedOutElsewhere()) {
            show(signedOutElsewhere, UiMessages.SIGNED_OUT_ELSEWHERE + keep);
        } else if (api.sessionEnded()) {
            show(sessionEnded, UiMessages.SESSION_ENDED + keep);
        }
    }

    /** Another tab signed in: this one follows, if the shared session really is signed in now. */
    @ClientCallable
    void authChanged(String message) {
        if (api.account().isPresent()) {
            getUI().ifPresent(ui -> SignInRedirect.follow(ui, next));
        }
    }

    private void signIn() {
        hide(error);
        clearInvalid(email);
        clearInvalid(password);
        if (email.getValue().isBlank()) {
            markInvalid(email, "Enter your email address.");
        }
        if (password.getValue().isEmpty()) {
            markInvalid(password, "Enter your password.");
        }
        if (email.isInvalid()) {
            email.focus();
            return;
        }
        if (password.isInvalid()) {
            password.focus();
            return;
        }
        SignIn answer;
        try {
            // A fresh HTTP session id once the password is accepted, before any token is kept: no fixation.
            answer = api.logIn(email.getValue().strip(), password.getValue(), rememberMe.getValue(),
                    () -> VaadinService.reinitializeSession(VaadinRequest.getCurrent()));
        } catch (JournalApiException failure) {
            showFailure(failure);
            return;
        }
        UI ui = UI.getCurrent();
        switch (answer) {
            case SignIn.SignedIn _ -> {
                AuthBroadcast.announce(ui, AuthBroadcast.SIGNED_IN);
                SignInRedirect.follow(ui, next);
            }
            case SignIn.SecondStepNeeded step -> {
                // The pending sign-in's token stays on the server, in this browser's session: never in the URL.
                PendingSecondStep.keep(new PendingSecondStep(step.token(), step.methods(), step.expiresAt(),
                        email.getValue().strip(), next.orElse(null)));
                password.clear();
                ui.navigate(SecondStepView.class);
            }
        }
    }

    /** The one path of every refusal of the sign-in: next to its field, or above the form. */
    private void showFailure(JournalApiException failure) {
        if (!(failure instanceof ApiProblemException problem) || problem.status() == 429) {
            show(error, UiMessages.of(failure));
        } else if (problem.is(ApiProblemException.INVALID_CREDENTIALS) || problem.status() == 401) {
            show(error, problem.getMessage()
                    + " If you have just registered, open the link we sent you by mail first.");
            password.clear();
            password.focus();
        } else if (!problem.fieldErrors().isEmpty()) {
            for (FieldError fieldError : problem.fieldErrors()) {
                switch (fieldError.field()) {
                    case "email" -> markInvalid(email, fieldError.message());
                    case "password" -> markInvalid(password, fieldError.message());
                    default -> show(error, fieldError.message());
                }
            }
            (email.isInvalid() ? email : password).focus();
        } else {
            show(error, problem.getMessage());
        }
    }
}
