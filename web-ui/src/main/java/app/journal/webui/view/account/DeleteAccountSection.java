package app.journal.webui.view.account;

import app.journal.webui.api.ApiProblemException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/**
 * "Delete account": a button that opens {@link DeleteAccountDialog}. A wrong password keeps the dialog open
 * and says so there; on success the dialog closes and {@code onDeleted} signs the browser out.
 */
final class DeleteAccountSection extends AccountSection {

    /** Deletes the account with the current password. */
    @FunctionalInterface
    interface DeleteAccount {
        void delete(String currentPassword);
    }

    DeleteAccountSection(DeleteAccount onDelete, Runnable onDeleted, Confirmation confirmation,
            Runnable onSessionEnded) {
        super("delete-section", "Delete account", "Deletes your account and every entry for good, and signs out "
                + "every device.", confirmation, onSessionEnded);
        Button open = new Button("Delete account…", e -> open(onDelete, onDeleted));
        open.setId("open-delete-account");
        // Filled, as in the devices page: red text on Lumo's grey button is under WCAG's 4.5:1.
        open.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        form.add(open);
    }

    private void open(DeleteAccount onDelete, Runnable onDeleted) {
        DeleteAccountDialog[] dialog = {null};
        dialog[0] = new DeleteAccountDialog(password -> {
            attempt("Your account was not deleted.", () -> {
                onDelete.delete(password);
                return Boolean.TRUE;
            }, problem -> dialog[0].refused(problem.is(ApiProblemException.CURRENT_PASSWORD_INCORRECT)
                    ? problem.getMessage() : "Your account was not deleted. " + problem.getMessage()), deleted -> {
                        dialog[0].close();
                        onDeleted.run();
                    });
            if (!isAttached()) {
                // The sign-in ended and the page went to the sign-in page: the dialog goes too.
                dialog[0].close();
            } else if (message.isVisible()) {
                // Too many attempts, or no answer: said on the page, behind the dialog.
                dialog[0].refused(message.getText());
            }
        });
        dialog[0].open();
    }
}
