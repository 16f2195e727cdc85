package app.journal.webui.view.journal;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The search field (results as one types: lazy, {@value #DEBOUNCE_MS} ms after the last key) and the date range
 * at the top of the journal. Tells {@code onChange} what the person asked for; {@link #show} sets the fields
 * from the address without telling.
 */
final class JournalFinder extends Composite<Div> {

    static final int DEBOUNCE_MS = 350;

    /** What is asked: a search ({@code q}, blank for none) and a date range (either end open). */
    record Ask(String q, @Nullable LocalDate from, @Nullable LocalDate to) {

        static final Ask NONE = new Ask("", null, null);

        boolean searching() {
            return !q.isBlank();
        }

        boolean byDates() {
            return from != null || to != null;
        }

        QueryParameters toParameters() {
            Map<String, List<String>> map = new HashMap<>();
            if (searching()) {
                map.put("q", List.of(q));
            }
            if (from != null) {
                map.put("from", List.of(from.toString()));
            }
            if (to != null) {
                map.put("to", List.of(to.toString()));
            }
            return new QueryParameters(map);
        }

        static Ask of(QueryParameters parameters) {
            var map = parameters.getParameters();
            return new Ask(first(map, "q", ""), date(first(map, "from", "")), date(first(map, "to", "")));
        }

        private static String first(Map<String, List<String>> map, String key, String otherwise) {
            List<String> values = map.get(key);
            return values == null || values.isEmpty() ? otherwise : values.getFirst();
        }

        private static @Nullable LocalDate date(String value) {
            try {
                return value.isEmpty() ? null : LocalDate.parse(value);
            } catch (DateTimeException e) {
                return null;
            }
        }
    }

    private final TextField search = new TextField();
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private boolean showing;

    JournalFinder(Consumer<Ask> onChange) {
        search.setId("journal-search");
        search.setLabel("Search your journal");
        search.setPlaceholder("Words, \"a phrase\", -not, this or that");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(200);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(DEBOUNCE_MS);
        search.addClassName("journal-search");
        from.setId("filter-from");
        to.setId("filter-to");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        search.addValueChangeListener(e -> changed(onChange));
        from.addValueChangeListener(e -> {
            to.setMin(from.getValue());
            changed(onChange);
        });
        to.addValueChangeListener(e -> {
            from.setMax(to.getValue());
            changed(onChange);
        });
        Div dates = new Div(from, to);
        dates.addClassName("journal-dates");
        Div finder = getContent();
        finder.addClassName("journal-finder");
        finder.getElement().setAttribute("role", "search");
        finder.add(search, dates);
    }

    /** Shows what the address asks for, without telling anyone. */
    void show(Ask ask) {
        showing = true;
        try {
            search.setValue(ask.q());
            from.setValue(ask.from());
            to.setValue(ask.to());
        } finally {
            showing = false;
        }
    }

    Ask asked() {
        return new Ask(search.getValue().strip(), from.getValue(), to.getValue());
    }

    private void changed(Consumer<Ask> onChange) {
        if (!showing) {
            onChange.accept(asked());
        }
    }
}
