package app.journal.webui.view.account;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import java.util.function.Function;
import app.journal.webui.view.FormParts;

/**
 * "Rename passkey" ({@code rename-passkey-dialog}): the name ({@code passkey-name-field}) and
 * {@code rename-passkey-save}. A modal dialog with a heading; Enter saves, Esc cancels. A name the API refuses
 * stays in the field with the API's words under it.
 */
final class RenamePasskeyDialog extends Dialog {

    /** Renames at the API: empty when done, else why not (for the field). */
    @FunctionalInterface
    interface Rename extends Function<String, Optional<String>> {
    }

    private final TextField name = new TextField("Name");

    RenamePasskeyDialog(String current, Rename rename) {
        setId("rename-passkey-dialog");
        setHeaderTitle("Rename passkey");
        getElement().setAttribute("aria-label", "Rename passkey");
        setCloseOnEsc(true);
        setCloseOnOutsideClick(false);
        setWidth("min(420px, 96vw)");
        name.setId("passkey-name-field");
        name.setValue(current);
        name.setMaxLength(64);
        name.setWidthFull();
        name.setHelperText("For example the device it is on: \"Work laptop\"");
        name.setManualValidation(true);
        name.addValueChangeListener(e -> FormParts.clearInvalid(name));
        add(name);
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("rename-passkey-cancel");
        Button save = new Button("Save", e -> save(rename));
        save.setId("rename-passkey-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this).resetFocusOnActiveElement();
        getFooter().add(cancel, save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                name.focus();
            }
        });
    }

    private void save(Rename rename) {
        if (!AccountSection.filled(name, "Enter a name.")) {
            name.focus();
            return;
        }
        Optional<String> refused = rename.apply(name.getValue().strip());
        if (refused.isPresent()) {
            AccountSection.invalid(name, refused.get());
            name.focus();
            return;
        }
        close();
    }
}
