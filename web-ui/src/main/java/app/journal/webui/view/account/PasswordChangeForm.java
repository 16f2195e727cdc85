package app.journal.webui.view.account;

import app.journal.webui.api.ApiProblemException;
import app.journal.webui.api.FieldError;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import app.journal.webui.view.DeviceText;
import app.journal.webui.view.FormParts;

/**
 * "Change password": the current password (so a browser left signed in is not enough) and a new one under
 * the registration's rules. The API signs out every other device and keeps this one.
 */
final class PasswordChangeForm extends AccountSection {

    /** Changes the password; answers how many other devices were signed out. */
    @FunctionalInterface
    interface ChangePassword {
        int change(String currentPassword, String newPassword);
    }

    private final PasswordField current = field(new PasswordField("Current password"), "current-password",
            Autocomplete.CURRENT_PASSWORD);
    private final PasswordField next = field(new PasswordField("New password"), "new-password",
            Autocomplete.NEW_PASSWORD);

    PasswordChangeForm(ChangePassword onChange, Confirmation confirmation, Runnable onSessionEnded) {
        super("password-section", "Change password", "Every other device signed in to your account is signed out; "
                + "this one stays signed in.", confirmation, onSessionEnded);
        next.setHelperText("Use a long passphrase you use nowhere else, for example a few unrelated words.");
        Button submit = new Button("Change password", e -> submit(onChange));
        submit.setId("change-password");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        form.add(current, next, submit);
        submit.addClickShortcut(Key.ENTER).listenOn(form).resetFocusOnActiveElement();
    }

    private void submit(ChangePassword onChange) {
        boolean both = filled(current, "Enter your current password.") & filled(next, "Choose a new password.");
        if (!both) {
            (current.isInvalid() ? current : next).focus();
            return;
        }
        attempt("Your password was not changed.", () -> onChange.change(current.getValue(), next.getValue()),
                this::place, signedOut -> {
                    current.clear();
                    next.clear();
                    FormParts.clearInvalid(current);
                    FormParts.clearInvalid(next);
                    say("Your password is changed. " + DeviceText.othersSignedOut(signedOut));
                });
    }

    private void place(ApiProblemException problem) {
        if (problem.is(ApiProblemException.CURRENT_PASSWORD_INCORRECT)) {
            invalid(current, problem.getMessage());
            current.focus();
            return;
        }
        for (FieldError error : problem.fieldErrors()) {
            switch (error.field()) {
                case "currentPassword" -> invalid(current, error.message());
                case "newPassword" -> invalid(next, error.message());
                default -> say(error.message());
            }
        }
        if (problem.fieldErrors().isEmpty()) {
            say("Your password was not changed. " + problem.getMessage());
        } else {
            (current.isInvalid() ? current : next).focus();
        }
    }
}
