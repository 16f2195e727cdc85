package app.journal.webui.view.admin;

import app.journal.webui.view.FormParts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * "Delete this account?" ({@code admin-delete-dialog}): the account's address typed again before the button can
 * be pressed; the API checks it too.
 */
final class DeleteUserDialog extends Dialog {

    private final TextField typed = new TextField("Type the account's address to confirm");

    /** @param onConfirm gets the typed address; the account is deleted there */
    DeleteUserDialog(String email, Consumer<String> onConfirm) {
        setId("admin-delete-dialog");
        setHeaderTitle("Delete " + email + "?");
        setCloseOnOutsideClick(false);
        setWidth("min(560px, 96vw)");
        Paragraph what = new Paragraph("The account, all its entries and its security activity are deleted, as "
                + "when the person deletes it themselves, and every device is signed out. The person gets a last "
                + "mail. This cannot be undone.");
        typed.setId("admin-delete-email");
        typed.setWidthFull();
        typed.setValueChangeMode(ValueChangeMode.EAGER);
        add(what, typed);
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("admin-delete-cancel");
        Button delete = new Button("Delete account");
        delete.setId("admin-delete-confirm");
        delete.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        delete.setEnabled(false);
        typed.addValueChangeListener(e -> delete.setEnabled(matches(e.getValue(), email)));
        delete.addClickListener(e -> {
            if (!matches(typed.getValue(), email)) {
                FormParts.markInvalid(typed, "Type the address exactly: " + email);
                return;
            }
            close();
            onConfirm.accept(typed.getValue().strip());
        });
        getFooter().add(cancel, delete);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                cancel.focus();
            }
        });
    }

    static boolean matches(String typed, String email) {
        return typed.strip().toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT));
    }
}
