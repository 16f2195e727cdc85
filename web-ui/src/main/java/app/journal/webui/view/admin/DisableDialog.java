package app.journal.webui.view.admin;

import app.journal.webui.view.FormParts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * "Disable this account?" ({@code admin-disable-dialog}): a reason is required (up to 500 characters); it goes
 * to the audit log and the mail to the person.
 */
final class DisableDialog extends Dialog {

    static final int MAX_REASON = 500;

    private final TextArea reason = new TextArea("Reason");

    /** @param onConfirm gets the reason; the account is disabled there */
    DisableDialog(String email, Consumer<String> onConfirm) {
        setId("admin-disable-dialog");
        setHeaderTitle("Disable " + email + "?");
        setCloseOnOutsideClick(false);
        setWidth("min(560px, 96vw)");
        Paragraph what = new Paragraph("Every device of this account is signed out at once and it cannot sign in "
                + "until an administrator enables it again. The person gets a mail with your reason.");
        reason.setId("admin-disable-reason");
        reason.setRequired(true);
        reason.setMaxLength(MAX_REASON);
        reason.setHelperText("Required. The person reads it, and it is kept in the audit log.");
        reason.setWidthFull();
        add(what, reason);
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("admin-disable-cancel");
        Button disable = new Button("Disable account", e -> {
            if (reason.getValue().isBlank()) {
                FormParts.markInvalid(reason, "Say why the account is disabled.");
                reason.focus();
                return;
            }
            close();
            onConfirm.accept(reason.getValue().strip());
        });
        disable.setId("admin-disable-confirm");
        disable.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        getFooter().add(cancel, disable);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                reason.focus();
            }
        });
    }
}
