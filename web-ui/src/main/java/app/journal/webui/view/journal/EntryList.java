package app.journal.webui.view.journal;

import app.journal.webui.api.journal.Entry;
import app.journal.webui.api.journal.EntryPage;
import app.journal.webui.api.JournalApiException;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** "Your entries": the cards newest first, their count, and "Load more". */
final class EntryList extends Composite<Section> {

    static final int PAGE_SIZE = 20;
    private static final String EMPTY_JOURNAL = "Nothing here yet. Your first entry is one sentence away.";
    private static final String EMPTY_RANGE = "No entries in these dates.";

    /** Where the pages come from. */
    @FunctionalInterface
    interface Pages {
        /** The page after {@code cursor} (null: the first page). */
        EntryPage load(@Nullable String cursor, int size);
    }

    private final Pages pages;
    private final Consumer<Entry> onEdit;
    private final Consumer<Entry> onDelete;
    /** Told what could not be done ("Your entries could not be loaded. ") and why. */
    private final BiConsumer<String, JournalApiException> onFailure;
    private final Span entryCount = new Span();
    private final Div entryList = new Div();
    private final Paragraph emptyState = new Paragraph(EMPTY_JOURNAL);
    private final Button loadMore = new Button("Load more");
    private final Map<UUID, EntryCard> cards = new LinkedHashMap<>();
    private ZoneId zone = ZoneOffset.UTC;
    private int pagesLoaded;
    private @Nullable String nextCursor;

    EntryList(Pages pages, Consumer<Entry> onEdit, Consumer<Entry> onDelete,
            BiConsumer<String, JournalApiException> onFailure) {
        this.pages = pages;
        this.onEdit = onEdit;
        this.onDelete = onDelete;
        this.onFailure = onFailure;
        H2 heading = new H2("Your entries");
        heading.addClassName("section-heading");
        entryCount.setId("entry-count");
        entryCount.addClassName("entry-count");
        Div top = new Div(heading, entryCount);
        top.addClassName("entries-heading");
        entryList.setId("entry-list");
        entryList.addClassName("entry-list");
        emptyState.addClassName("empty-state");
        emptyState.setId("empty-state");
        loadMore.setId("load-more");
        loadMore.addThemeVariants(ButtonVariant.TERTIARY);
        loadMore.addClassName("load-more");
        loadMore.addClickListener(e -> loadNextPage());
        Section section = getContent();
        section.add(top, emptyState, entryList, loadMore);
        section.addClassName("entries");
    }

    /** Says "no entries in these dates" instead of the first-entry nudge while a date range is set. */
    void filtered(boolean byDates) {
        emptyState.setText(byDates ? EMPTY_RANGE : EMPTY_JOURNAL);
    }

    void useZone(ZoneId browserZone) {
        if (!browserZone.equals(zone)) {
            zone = browserZone;
            cards.values().forEach(card -> card.useZone(zone));
        }
    }

    /** Loads the first page again, and as many pages after it as were shown before. */
    void reload() {
        int shown = Math.max(1, pagesLoaded);
        entryList.removeAll();
        cards.clear();
        pagesLoaded = 0;
        nextCursor = null;
        try {
            EntryPage page;
            do {
                page = pages.load(nextCursor, PAGE_SIZE);
                show(page);
            } while (pagesLoaded < shown && page.hasNext());
        } catch (JournalApiException failure) {
            onFailure.accept("Your entries could not be loaded. ", failure);
        }
    }

    void replace(Entry changed) {
        EntryCard card = cards.get(changed.id());
        if (card != null) {
            card.show(changed);
        }
    }

    void forget(UUID id) {
        EntryCard card = cards.remove(id);
        if (card != null) {
            entryList.remove(card);
        }
        reload();
    }

    private void loadNextPage() {
        try {
            show(pages.load(nextCursor, PAGE_SIZE));
        } catch (JournalApiException failure) {
            onFailure.accept("More entries could not be loaded. ", failure);
        }
    }

    private void show(EntryPage page) {
        for (Entry entry : page.items()) {
            // Entries written meanwhile shift the pages; an entry already shown is not shown twice.
            if (!cards.containsKey(entry.id())) {
                EntryCard card = new EntryCard(entry, zone, onEdit, onDelete);
                cards.put(entry.id(), card);
                entryList.add(card);
            }
        }
        pagesLoaded++;
        nextCursor = page.nextCursor();
        loadMore.setVisible(page.hasNext());
        entryCount.setText(page.totalItems() == 1 ? "1 entry" : page.totalItems() + " entries");
        emptyState.setVisible(page.totalItems() == 0);
    }
}
