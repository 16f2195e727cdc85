package app.journal.webui.view.journal;

import app.journal.webui.api.JournalApiClient;
import app.journal.webui.api.JournalApiException;
import app.journal.webui.api.journal.Entry;
import app.journal.webui.api.journal.JournalFilter;
import app.journal.webui.view.Routes;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The journal's reading half: the finder (search and dates), "On this day", and either the search results or the
 * (date-filtered) list. What is asked lives in the address ({@code ?q=&from=&to=}): each change is pushed onto the
 * browser's history, so a search can be bookmarked and Back shows the previous one (the view then calls
 * {@link #show(QueryParameters)} from its {@code beforeEnter}).
 */
final class JournalBrowser extends Composite<Div> {

    private final JournalFinder finder = new JournalFinder(this::asked);
    private final OnThisDaySection onThisDay;
    private final SearchResultList results;
    private final EntryList entries;
    private JournalFinder.Ask ask = JournalFinder.Ask.NONE;
    private ZoneId zone = ZoneOffset.UTC;
    private boolean zoneKnown;

    JournalBrowser(JournalApiClient api, EntryList entries, Consumer<Entry> onEdit, Consumer<Entry> onDelete,
            BiConsumer<String, JournalApiException> onFailure) {
        this.entries = entries;
        this.onThisDay = new OnThisDaySection(api.finding()::onThisDay, onEdit, onDelete, onFailure);
        this.results = new SearchResultList((q, cursor, size) -> api.finding().searchEntries(q, cursor, size, filter()), onEdit,
                onFailure);
        getContent().addClassName("journal-browser");
        getContent().add(finder, onThisDay, results, entries);
        showWhatIsAsked();
    }

    /** The list's pages under the current date range. */
    JournalFilter filter() {
        return new JournalFilter(ask.from(), ask.to(), zone);
    }

    /** What the address asks for, before the first {@link #refresh()} (nothing is loaded here). */
    void expect(QueryParameters parameters) {
        ask = JournalFinder.Ask.of(parameters);
        finder.show(ask);
        showWhatIsAsked();
    }

    /**
     * The first time an account opens its journal (its search language never chosen), the browser's language
     * becomes the search language; simple when PostgreSQL has no stemmer for it. Failing that is not worth a word.
     */
    static void defaultLanguage(JournalApiClient api, java.util.@org.jspecify.annotations.Nullable Locale browser) {
        try {
            var setting = api.finding().searchLanguage();
            if (!setting.chosen()) {
                api.finding().chooseSearchLanguage(setting.forBrowserTag(browser == null ? null : browser.toLanguageTag()));
            }
        } catch (JournalApiException ignored) {
            // Searched as "simple" until the person picks a language on the account page.
        }
    }

    /** What the address asks for (on entering, and after Back or Forward). */
    void show(QueryParameters parameters) {
        var asked = JournalFinder.Ask.of(parameters);
        if (!asked.equals(ask)) {
            ask = asked;
            finder.show(asked);
            refresh();
        }
    }

    void useZone(ZoneId browserZone) {
        boolean first = !zoneKnown;
        zoneKnown = true;
        entries.useZone(browserZone);
        results.useZone(browserZone);
        boolean changed = !browserZone.equals(zone);
        zone = browserZone;
        if (first) {
            onThisDay.load(zone);
        }
        if (changed && (ask.byDates() || ask.searching())) {
            refresh();
        }
    }

    void refresh() {
        showWhatIsAsked();
        if (ask.searching()) {
            results.show(ask.q());
        } else {
            entries.reload();
        }
    }

    private void asked(JournalFinder.Ask asked) {
        if (asked.equals(ask)) {
            return;
        }
        ask = asked;
        getUI().ifPresent(ui -> ui.getPage().getHistory().pushState(null,
                new Location(Routes.JOURNAL, asked.toParameters())));
        refresh();
    }

    private void showWhatIsAsked() {
        results.setVisible(ask.searching());
        entries.setVisible(!ask.searching());
        entries.filtered(ask.byDates());
    }
}
