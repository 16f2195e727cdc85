package app.journal.webui.view.journal;

import app.journal.webui.api.journal.EntryDraft;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** "New entry": title, text, its preview and "Save entry" (also Ctrl/Cmd + Enter), which hands the draft to a callback. */
final class NewEntryForm extends Composite<Section> {

    final EntryFields fields;
    private final Button save = new Button("Save entry");

    NewEntryForm(Consumer<EntryDraft> onSave, MarkdownPreview.Renderer markdown) {
        fields = new EntryFields("entry-title", "entry-body", markdown);
        H2 heading = new H2("New entry");
        heading.addClassName("section-heading");
        save.setId("save-entry");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            try {
                onSave.accept(fields.draft());
            } finally {
                save.setEnabled(true);
            }
        });
        save.setDisableOnClick(true);
        Span hint = new Span("Ctrl + Enter saves");
        hint.addClassName("shortcut-hint");
        Div actions = new Div(hint, save);
        actions.addClassName("form-actions");
        Section form = getContent();
        form.add(heading, fields.title, fields.body, fields.preview, actions);
        form.addClassName("new-entry");
        form.setId("new-entry");
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(form).resetFocusOnActiveElement();
        save.addClickShortcut(Key.ENTER, KeyModifier.META).listenOn(form).resetFocusOnActiveElement();
    }

    EntryDraft draft() {
        return fields.draft();
    }

    /** Takes the text out of the editor, for example to park it. */
    EntryDraft takeDraft() {
        EntryDraft typed = fields.draft();
        fields.clear();
        return typed;
    }

    /** Fills the editor with texts given back, joining them with what it holds rather than dropping any. */
    void putBack(List<EntryDraft> texts) {
        List<EntryDraft> all = new ArrayList<>();
        EntryDraft current = fields.draft();
        if (!current.title().isBlank() || !current.body().isBlank()) {
            all.add(current);
        }
        all.addAll(texts);
        String title = all.stream().map(EntryDraft::title).filter(t -> !t.isBlank()).distinct()
                .reduce((a, b) -> a + " / " + b).orElse("");
        String text = all.stream().map(EntryDraft::body).filter(b -> !b.isBlank())
                .reduce((a, b) -> a + "\n\n" + b).orElse("");
        fields.fill(title, text);
    }
}
