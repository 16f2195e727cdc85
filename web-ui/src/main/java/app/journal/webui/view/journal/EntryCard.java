package app.journal.webui.view.journal;

import app.journal.webui.api.journal.Entry;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Consumer;

/** One entry in the list: title, date, text (its Markdown rendered by the API), and its Edit and Delete buttons. */
final class EntryCard extends Composite<Card> {

    private final H3 title = new H3();
    private final Span date = new Span();
    private final Div text = new Div();
    private final Button edit = new Button("Edit", VaadinIcon.EDIT.create());
    private final Button delete = new Button("Delete", VaadinIcon.TRASH.create());
    private Entry entry;
    private ZoneId zone;

    EntryCard(Entry entry, ZoneId zone, Consumer<Entry> onEdit, Consumer<Entry> onDelete) {
        this.entry = entry;
        this.zone = zone;
        Card card = getContent();
        card.addClassName("entry-card");
        card.setWidthFull();
        title.addClassName("entry-title");
        date.addClassName("entry-date");
        text.addClassName("entry-text");
        edit.addClassName("edit-entry");
        edit.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        edit.addClickListener(e -> onEdit.accept(this.entry));
        delete.addClassName("delete-entry");
        delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL, ButtonVariant.ERROR);
        delete.addClickListener(e -> onDelete.accept(this.entry));
        card.setTitle(title);
        card.setSubtitle(date);
        card.add(text);
        card.addToFooter(edit, delete);
        render();
    }

    UUID entryId() {
        return entry.id();
    }

    void show(Entry changed) {
        this.entry = changed;
        render();
    }

    void useZone(ZoneId newZone) {
        this.zone = newZone;
        render();
    }

    private void render() {
        Card card = getContent();
        title.setText(entry.title());
        card.getElement().setAttribute("data-entry-id", entry.id().toString());
        card.setAriaLabel(entry.title());
        date.setText(EntryDates.describe(entry, zone));
        text.removeAll();
        text.add(body(entry));
        text.setVisible(!entry.body().isEmpty());
        edit.setAriaLabel("Edit entry: " + entry.title());
        delete.setAriaLabel("Delete entry: " + entry.title());
    }

    /**
     * The API's rendering of the body (safe to insert, and allowlisted once more: see {@link EntryHtml}), or
     * the plain text from an API that sends none.
     */
    private static Component body(Entry entry) {
        if (entry.html().isBlank()) {
            Div plain = new Div();
            plain.addClassName("entry-body");
            plain.addClassName("plain");
            plain.setText(entry.body());
            return plain;
        }
        return EntryHtml.component(entry.html(), "entry-body markdown", EntryHtml.CARD_TITLE_LEVEL);
    }
}
