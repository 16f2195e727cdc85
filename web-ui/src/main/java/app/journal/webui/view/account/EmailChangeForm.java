package app.journal.webui.view.account;

import app.journal.webui.api.ApiProblemException;
import app.journal.webui.api.FieldError;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import app.journal.webui.view.FormParts;

/**
 * "Change email": the current password and the new address. Nothing changes yet: a link goes to the new
 * address, and the account moves there only when it is opened (the {@code /confirm-email} page). The answer is
 * the same whether or not the address is free, so the form tells nobody who has an account.
 */
final class EmailChangeForm extends AccountSection {

    /** Asks for the change; answers the API's message for the person. */
    @FunctionalInterface
    interface ChangeEmail {
        String change(String currentPassword, String newEmail);
    }

    private final PasswordField current = field(new PasswordField("Current password"), "email-current-password",
            Autocomplete.CURRENT_PASSWORD);
    private final EmailField newEmail = field(new EmailField("New email address"), "new-email", Autocomplete.EMAIL);

    EmailChangeForm(ChangeEmail onChange, Confirmation confirmation, Runnable onSessionEnded) {
        super("email-section", "Change email address", "We send a link to the new address. Your account moves "
                + "there when you open it; until then you sign in with your current address.", confirmation, onSessionEnded);
        Button submit = new Button("Send confirmation link", e -> submit(onChange));
        submit.setId("change-email");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        form.add(current, newEmail, submit);
        submit.addClickShortcut(Key.ENTER).listenOn(form).resetFocusOnActiveElement();
    }

    private void submit(ChangeEmail onChange) {
        boolean both = filled(current, "Enter your current password.") & filled(newEmail, "Enter the new address.");
        if (!both) {
            (current.isInvalid() ? current : newEmail).focus();
            return;
        }
        attempt("The change was not asked for.", () -> onChange.change(current.getValue(), newEmail.getValue().strip()),
                this::place, answer -> {
                    current.clear();
                    FormParts.clearInvalid(current);
                    say(answer);
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
                case "newEmail", "email" -> invalid(newEmail, error.message());
                default -> say(error.message());
            }
        }
        if (problem.fieldErrors().isEmpty()) {
            say("The change was not asked for. " + problem.getMessage());
        } else {
            (current.isInvalid() ? current : newEmail).focus();
        }
    }
}
