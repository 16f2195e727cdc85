package app.journal.webui.view.journal;

import app.journal.webui.api.journal.Entry;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.function.Consumer;

/** "Delete this entry?" ({@code confirm-delete}); "Delete" hands the entry to the callback. */
final class ConfirmDelete {

    private ConfirmDelete() {
    }

    static void open(Entry entry, Consumer<Entry> onDelete) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-delete");
        confirm.setHeader("Delete this entry?");
        confirm.setText("“" + entry.title() + "” will be deleted for good. This cannot be undone.");
        confirm.setCancelable(true);
        confirm.setCancelText("Keep it");
        confirm.setConfirmText("Delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> onDelete.accept(entry));
        confirm.open();
    }
}
