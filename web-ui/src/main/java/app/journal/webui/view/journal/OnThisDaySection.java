package app.journal.webui.view.journal;

import app.journal.webui.api.JournalApiException;
import app.journal.webui.api.journal.Entry;
import app.journal.webui.api.journal.OnThisDay;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/** "On this day": what the person wrote on today's date (in their zone) in earlier years, folded away. */
final class OnThisDaySection extends Composite<Details> {

    private final BiFunction<LocalDate, ZoneId, OnThisDay> load;
    private final Consumer<Entry> onEdit;
    private final Consumer<Entry> onDelete;
    private final BiConsumer<String, JournalApiException> onFailure;
    private final Div list = new Div();

    OnThisDaySection(BiFunction<LocalDate, ZoneId, OnThisDay> load, Consumer<Entry> onEdit, Consumer<Entry> onDelete,
            BiConsumer<String, JournalApiException> onFailure) {
        this.load = load;
        this.onEdit = onEdit;
        this.onDelete = onDelete;
        this.onFailure = onFailure;
        list.addClassName("entry-list");
        list.setId("on-this-day-list");
        Details details = getContent();
        details.setId("on-this-day");
        details.addClassName("on-this-day");
        details.setSummaryText("On this day");
        details.add(list);
    }

    /** Loads today's entries of earlier years, today being the date in {@code zone}. */
    void load(ZoneId zone) {
        try {
            LocalDate today = LocalDate.now(zone);
            OnThisDay day = load.apply(today, zone);
            list.removeAll();
            if (day.items().isEmpty()) {
                list.add(new Paragraph("Nothing written on this day in earlier years."));
            }
            day.items().forEach(entry -> list.add(new EntryCard(entry, zone, onEdit, onDelete)));
            getContent().setSummaryText("On this day (" + day.items().size() + ")");
        } catch (JournalApiException failure) {
            onFailure.accept("On this day could not be loaded. ", failure);
        }
    }
}
