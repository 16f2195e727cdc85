package app.journal.webui.view.journal;

import app.journal.webui.api.ApiProblemException;
import app.journal.webui.api.journal.Entry;
import app.journal.webui.api.journal.EntryDraft;
import app.journal.webui.api.JournalApiClient;
import app.journal.webui.api.JournalApiException;
import app.journal.webui.api.SessionEndedException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import app.journal.webui.view.Toasts;

/**
 * Edits one entry in a dialog. Closes only when the API accepted the change; on a failure it stays open
 * with everything the person typed.
 */
final class EditEntryDialog extends Dialog {

    private final JournalApiClient api;
    private final UUID entryId;
    private final EntryFields fields;
    private final Consumer<Entry> onSaved;
    private final Consumer<UUID> onGone;
    private final BiConsumer<UUID, EntryDraft> onSessionEnded;
    private final EntryDraft original;

    /**
     * @param onSessionEnded gets what the person typed when saving found the session over (the dialog
     *                       closes; the text must not be lost)
     */
    EditEntryDialog(JournalApiClient api, Entry entry, Consumer<Entry> onSaved, Consumer<UUID> onGone,
            BiConsumer<UUID, EntryDraft> onSessionEnded) {
        this.api = api;
        this.fields = new EntryFields("edit-entry-title", "edit-entry-body", api::previewEntry);
        this.entryId = entry.id();
        this.onSaved = onSaved;
        this.onGone = onGone;
        this.onSessionEnded = onSessionEnded;
        this.original = new EntryDraft(entry.title(), entry.body());

        setHeaderTitle("Edit entry");
        setId("edit-entry-dialog");
        addClassName("edit-entry-dialog");
        setWidth("min(640px, 96vw)");
        setCloseOnOutsideClick(false);

        fields.fill(entry.title(), entry.body());
        VerticalLayout form = new VerticalLayout(fields.title, fields.body, fields.preview);
        form.setPadding(false);
        form.setSpacing(true);
        add(form);

        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("cancel-edit");
        Button save = new Button("Save changes", e -> save());
        save.setId("save-edit");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this).resetFocusOnActiveElement();
        save.addClickShortcut(Key.ENTER, KeyModifier.META).listenOn(this).resetFocusOnActiveElement();
        getFooter().add(cancel, save);

        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                fields.title.focus();
            }
        });
    }

    /** Puts text typed earlier (and not saved) into the fields, in place of the entry's saved text. */
    void restore(EntryDraft unsaved) {
        fields.fill(unsaved.title(), unsaved.body());
    }

    /** What the person changed and has not saved, if anything. */
    Optional<EntryDraft> unsavedChanges() {
        EntryDraft now = fields.draft();
        return now.equals(original) ? Optional.empty() : Optional.of(now);
    }

    UUID entryId() {
        return entryId;
    }

    private void save() {
        try {
            Entry saved = api.updateEntry(entryId, fields.draft());
            close();
            onSaved.accept(saved);
            Toasts.success("Changes saved.");
        } catch (ApiProblemException problem) {
            if (problem.isNotFound()) {
                close();
                onGone.accept(entryId);
                Toasts.error("This entry no longer exists. It may have been deleted in another window.");
                return;
            }
            List<String> unplaced = fields.showFieldErrors(problem);
            Toasts.error(unplaced.isEmpty() && !problem.fieldErrors().isEmpty()
                    ? "Please check the highlighted fields."
                    : problem.getMessage());
        } catch (SessionEndedException ended) {
            EntryDraft typed = fields.draft();
            close();
            onSessionEnded.accept(entryId, typed);
        } catch (JournalApiException failure) {
            Toasts.error("Your changes were not saved. " + failure.getMessage());
        }
    }
}
