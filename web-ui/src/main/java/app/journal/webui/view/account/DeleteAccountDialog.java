package app.journal.webui.view.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.function.Consumer;

/**
 * "Delete your account?" ({@code delete-account-dialog}): the current password and an explicit "I
 * understand" ({@code delete-confirm}) before the button ({@code delete-account}) can be pressed. The
 * dialog stays open when the API refuses ({@link #refused}); focus starts on "Cancel", the harmless choice.
 */
final class DeleteAccountDialog extends Dialog {

    private final PasswordField password = AccountSection.field(new PasswordField("Current password"),
            "delete-current-password", Autocomplete.CURRENT_PASSWORD);
    private final Checkbox understood = new Checkbox(
            "I understand that my account and all my entries are deleted for good");
    private final Button delete = new Button("Delete my account");

    /** @param onConfirm gets the current password; the account is deleted there */
    DeleteAccountDialog(Consumer<String> onConfirm) {
        setId("delete-account-dialog");
        addClassName("delete-account-dialog");
        setHeaderTitle("Delete your account?");
        setCloseOnEsc(true);
        setCloseOnOutsideClick(false);
        setWidth("min(520px, 96vw)");
        Paragraph warning = new Paragraph("Your account, every entry and your security activity are deleted, and "
                + "every device is signed out. This cannot be undone: export your journal first if you want to keep it.");
        understood.setId("delete-confirm");
        understood.addValueChangeListener(e -> delete.setEnabled(e.getValue()));
        add(warning, password, understood);
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("cancel-delete-account");
        delete.setId("delete-account");
        delete.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        delete.setEnabled(false);
        delete.addClickListener(e -> {
            if (AccountSection.filled(password, "Enter your current password.")) {
                onConfirm.accept(password.getValue());
            } else {
                password.focus();
            }
        });
        getFooter().add(cancel, delete);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                cancel.focus();
            }
        });
    }

    /** The API refused: says why next to the password, which is cleared for another try. */
    void refused(String message) {
        password.clear();
        AccountSection.invalid(password, message);
        password.focus();
    }
}
