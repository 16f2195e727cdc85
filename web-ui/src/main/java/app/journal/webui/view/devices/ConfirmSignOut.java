package app.journal.webui.view.devices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * "Sign out this device?": a modal dialog (the header names it for screen readers; Escape or "Cancel"
 * closes it) whose confirm button ({@code confirm-sign-out}) closes it and runs the callback. Focus starts
 * on "Cancel", the harmless choice.
 */
final class ConfirmSignOut extends Dialog {

    static final String CONFIRM_ID = "confirm-sign-out";

    /**
     * @param id        the dialog's element id
     * @param onConfirm what signing out means here (an API call); runs after the dialog closed
     */
    ConfirmSignOut(String id, String header, String text, String confirmText, Runnable onConfirm) {
        setId(id);
        addClassName("confirm-sign-out-dialog");
        setHeaderTitle(header);
        setCloseOnEsc(true);
        setCloseOnOutsideClick(false);
        setWidth("min(480px, 96vw)");
        Paragraph message = new Paragraph(text);
        message.addClassName("confirm-sign-out-text");
        add(message);
        Button cancel = new Button("Cancel", e -> close());
        cancel.addClassName("cancel-sign-out");
        Button confirm = new Button(confirmText, e -> {
            close();
            onConfirm.run();
        });
        confirm.setId(CONFIRM_ID);
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                cancel.focus();
            }
        });
    }
}
