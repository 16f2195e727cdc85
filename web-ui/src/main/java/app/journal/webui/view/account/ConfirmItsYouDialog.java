package app.journal.webui.view.account;

import app.journal.webui.api.ApiProblemException;
import app.journal.webui.api.JournalApiException;
import app.journal.webui.api.SessionEndedException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import app.journal.webui.view.CodeFields;
import app.journal.webui.view.PasskeyButton;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import app.journal.webui.view.UiMessages;
import app.journal.webui.view.FormParts;

/**
 * "Confirm it's you" ({@code confirm-dialog}): the password ({@code confirm-password}) and, with two-step
 * verification on, the app's code ({@code confirm-code}) or a recovery code instead
 * ({@code confirm-recovery-code}); {@code confirm-submit} confirms and the action goes on. When the account
 * has a passkey (and the browser can use one), "Use a passkey" ({@code confirm-with-passkey}) confirms instead. A modal dialog
 * with a heading; it keeps the focus inside while open; Enter confirms, Esc cancels.
 */
final class ConfirmItsYouDialog extends Dialog {

    private final PasswordField password = AccountSection.field(new PasswordField("Password"), "confirm-password",
            Autocomplete.CURRENT_PASSWORD);
    private final TextField code = CodeFields.oneTimeCode("confirm-code", "6-digit code");
    private final TextField recovery = CodeFields.recoveryCode("confirm-recovery-code");
    private final Button useRecovery = new Button("Use a recovery code instead");
    private final Div error = FormParts.alert("confirm-error", "auth-error");
    private final boolean needsCode;
    private final PasskeyButton passkey = new PasskeyButton("Use a passkey", "confirm-with-passkey",
            PasskeyButton.Ceremony.ASSERT, false);

    /** @param withPasskey offered as "Use a passkey" when not {@code null} and the browser can */
    ConfirmItsYouDialog(boolean needsCode, Confirmation.@Nullable WithPasskey withPasskey,
            Confirmation.Confirm confirm, Runnable onConfirmed, Runnable onSessionEnded) {
        this.needsCode = needsCode;
        setId("confirm-dialog");
        setHeaderTitle("Confirm it's you");
        setCloseOnEsc(true);
        setCloseOnOutsideClick(false);
        setWidth("min(460px, 96vw)");
        getElement().setAttribute("aria-label", "Confirm it's you");
        Paragraph why = new Paragraph(needsCode
                ? "This change needs your password and the code from your authenticator app. You will not be asked "
                        + "again for a few minutes."
                : "This change needs your password. You will not be asked again for a few minutes.");
        Div form = new Div(why, error, password, code, recovery, useRecovery, passkey);
        form.addClassName("account-form");
        add(form);
        code.setVisible(needsCode);
        recovery.setVisible(false);
        useRecovery.setId("confirm-use-recovery");
        useRecovery.addThemeVariants(ButtonVariant.TERTIARY);
        useRecovery.setVisible(needsCode);
        useRecovery.addClickListener(e -> swapCodeFields());
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("confirm-cancel");
        Button submit = new Button("Confirm", e -> submit(confirm, onConfirmed, onSessionEnded));
        submit.setId("confirm-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickShortcut(Key.ENTER).listenOn(this).resetFocusOnActiveElement();
        getFooter().add(cancel, submit);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                password.focus();
            }
        });
        if (withPasskey != null) {
            passkey.addThemeVariants(ButtonVariant.TERTIARY);
            passkey.addClassName("confirm-with-passkey");
            passkey.setTooltipText("Your fingerprint, face or device PIN instead of the password");
            passkey.listen(new ByPasskey(withPasskey, onConfirmed, onSessionEnded));
            addAttachListener(e -> PasskeyButton.detect(this, support -> {
                if (support.any()) {
                    offerPasskey(withPasskey, onSessionEnded);
                }
            }));
        }
    }

    /** Fetches options for a passkey of this account and hands them to the page; the button stays hidden without. */
    private void offerPasskey(Confirmation.WithPasskey withPasskey, Runnable onSessionEnded) {
        try {
            passkey.offer(withPasskey.options(), Instant.now());
        } catch (SessionEndedException ended) {
            close();
            onSessionEnded.run();
        } catch (JournalApiException notNow) {
            if (passkey.isVisible()) {
                FormParts.show(error, "A passkey cannot be used right now. " + UiMessages.of(notNow));
            }
        }
    }

    /** What the page reports of a confirmation with a passkey; the API's yes closes the dialog and goes on. */
    private final class ByPasskey implements PasskeyButton.Listener {

        private final Confirmation.WithPasskey withPasskey;
        private final Runnable onConfirmed;
        private final Runnable onSessionEnded;

        ByPasskey(Confirmation.WithPasskey withPasskey, Runnable onConfirmed, Runnable onSessionEnded) {
            this.withPasskey = withPasskey;
            this.onConfirmed = onConfirmed;
            this.onSessionEnded = onSessionEnded;
        }

        @Override
        public void answered(String ceremonyId, String credentialJson) {
            FormParts.hide(error);
            try {
                withPasskey.confirm(ceremonyId, credentialJson);
            } catch (SessionEndedException ended) {
                close();
                onSessionEnded.run();
                return;
            } catch (JournalApiException failure) {
                FormParts.show(error, UiMessages.of(failure));
                offerPasskey(withPasskey, onSessionEnded);
                return;
            }
            close();
            onConfirmed.run();
        }

        @Override
        public void failed(String reason) {
            FormParts.show(error, "Not confirmed. " + reason + " Try again, or use your password.");
        }

        @Override
        public void wanted() {
            offerPasskey(withPasskey, onSessionEnded);
            if (!error.isVisible()) {
                FormParts.show(error, "Ready: press \"Use a passkey\" again.");
            }
        }

        @Override
        public void expiring() {
            offerPasskey(withPasskey, onSessionEnded);
        }
    }

    private void swapCodeFields() {
        boolean toRecovery = code.isVisible();
        code.setVisible(!toRecovery);
        recovery.setVisible(toRecovery);
        code.clear();
        recovery.clear();
        useRecovery.setText(toRecovery ? "Use the code from your app instead" : "Use a recovery code instead");
        (toRecovery ? recovery : code).focus();
    }

    private void submit(Confirmation.Confirm confirm, Runnable onConfirmed, Runnable onSessionEnded) {
        FormParts.hide(error);
        TextField second = recovery.isVisible() ? recovery : code;
        if (!AccountSection.filled(password, "Enter your password.")) {
            password.focus();
            return;
        }
        if (needsCode && !CodeFields.filled(second, "Enter the code.")) {
            return;
        }
        try {
            confirm.confirm(password.getValue(), needsCode && code.isVisible() ? code.getValue() : null,
                    needsCode && recovery.isVisible() ? recovery.getValue() : null);
        } catch (SessionEndedException ended) {
            close();
            onSessionEnded.run();
            return;
        } catch (JournalApiException failure) {
            refused(failure, second);
            return;
        }
        close();
        onConfirmed.run();
    }

    private void refused(JournalApiException failure, TextField second) {
        if (failure instanceof ApiProblemException problem && problem.is(ApiProblemException.CURRENT_PASSWORD_INCORRECT)) {
            password.clear();
            AccountSection.invalid(password, problem.getMessage());
            password.focus();
        } else if (failure instanceof ApiProblemException problem && problem.is(ApiProblemException.SECOND_STEP_FAILED)) {
            second.clear();
            AccountSection.invalid(second, UiMessages.CODE_DID_NOT_WORK);
            second.focus();
        } else {
            FormParts.show(error, UiMessages.of(failure));
        }
    }
}
