package app.journal.webui.view.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * "Are you sure?" for an administrator's action that needs no more input ({@code admin-confirm-dialog}); focus
 * starts on "Cancel", the harmless choice.
 */
final class ConfirmActionDialog extends Dialog {

    ConfirmActionDialog(String header, String text, String confirmText, Runnable onConfirm) {
        setId("admin-confirm-dialog");
        setHeaderTitle(header);
        setCloseOnOutsideClick(false);
        setWidth("min(520px, 96vw)");
        add(new Paragraph(text));
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("admin-confirm-cancel");
        Button confirm = new Button(confirmText, e -> {
            close();
            onConfirm.run();
        });
        confirm.setId("admin-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                cancel.focus();
            }
        });
    }
}
