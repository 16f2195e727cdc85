package app.journal.webui.view.journal;

import app.journal.webui.api.JournalApiException;
import app.journal.webui.api.journal.Entry;
import app.journal.webui.api.journal.SearchPage;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** "Search results": best first, the matched words marked, "More results" for the next keyset page. */
final class SearchResultList extends Composite<Section> {

    static final int PAGE_SIZE = 20;

    @FunctionalInterface
    interface Search {
        SearchPage load(String q, @Nullable String cursor, int size);
    }

    private final Search search;
    private final Consumer<Entry> onOpen;
    private final BiConsumer<String, JournalApiException> onFailure;
    private final H2 heading = new H2("Search results");
    private final Div list = new Div();
    private final Paragraph none = new Paragraph("No entries match.");
    private final Button more = new Button("More results");
    private final Set<UUID> shown = new HashSet<>();
    private String query = "";
    private @Nullable String nextCursor;
    private ZoneId zone = ZoneId.of("UTC");

    SearchResultList(Search search, Consumer<Entry> onOpen, BiConsumer<String, JournalApiException> onFailure) {
        this.search = search;
        this.onOpen = onOpen;
        this.onFailure = onFailure;
        heading.addClassName("section-heading");
        list.setId("search-results");
        list.addClassName("entry-list");
        none.setId("search-empty");
        none.addClassName("empty-state");
        more.setId("more-results");
        more.addThemeVariants(ButtonVariant.TERTIARY);
        more.addClickListener(e -> load());
        getContent().addClassName("entries");
        getContent().setId("search-section");
        getContent().add(heading, none, list, more);
    }

    void useZone(ZoneId browserZone) {
        zone = browserZone;
    }

    void show(String q) {
        query = q;
        nextCursor = null;
        shown.clear();
        list.removeAll();
        load();
    }

    private void load() {
        try {
            SearchPage page = search.load(query, nextCursor, PAGE_SIZE);
            for (SearchPage.Hit hit : page.items()) {
                if (shown.add(hit.entry().id())) {
                    list.add(card(hit));
                }
            }
            nextCursor = page.nextCursor();
            more.setVisible(nextCursor != null);
            none.setVisible(shown.isEmpty());
        } catch (JournalApiException failure) {
            onFailure.accept("The search did not work. ", failure);
        }
    }

    private Card card(SearchPage.Hit hit) {
        Card card = new Card();
        card.addClassNames("entry-card", "search-hit");
        card.setWidthFull();
        card.getElement().setAttribute("data-entry-id", hit.entry().id().toString());
        card.setAriaLabel(hit.entry().title());
        H3 title = new H3();
        title.addClassName("entry-title");
        Mark.render(hit.title()).forEach(title::add);
        Span date = new Span(EntryDates.describe(hit.entry(), zone));
        date.addClassName("entry-date");
        Paragraph snippet = new Paragraph();
        snippet.addClassName("search-snippet");
        Mark.render(hit.snippet()).forEach(snippet::add);
        snippet.setVisible(!hit.snippet().text().isEmpty());
        Button open = new Button("Open", e -> onOpen.accept(hit.entry()));
        open.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        open.setAriaLabel("Open entry: " + hit.entry().title());
        card.setTitle(title);
        card.setSubtitle(date);
        card.add(snippet);
        card.addToFooter(open);
        return card;
    }
}
