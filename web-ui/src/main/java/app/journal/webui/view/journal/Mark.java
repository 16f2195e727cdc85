package app.journal.webui.view.journal;

import app.journal.webui.api.journal.SearchPage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code <mark>} around a matched word. Built from the API's plain text and ranges as text nodes only: search
 * results never reach the page as HTML (docs/decisions/0027-search-and-time.md).
 */
@Tag("mark")
final class Mark extends HtmlComponent {

    Mark(String text) {
        getElement().setText(text);
        addClassName("search-mark");
    }

    /** The text as text nodes, each highlighted range in a {@code <mark>}; ranges out of bounds are ignored. */
    static List<Component> render(SearchPage.Marked marked) {
        String text = marked.text();
        var parts = new ArrayList<Component>();
        int at = 0;
        for (SearchPage.Range range : marked.highlights()) {
            if (range.start() < at || range.end() > text.length() || range.start() >= range.end()) {
                continue;
            }
            if (range.start() > at) {
                parts.add(new Text(text.substring(at, range.start())));
            }
            parts.add(new Mark(text.substring(range.start(), range.end())));
            at = range.end();
        }
        if (at < text.length()) {
            parts.add(new Text(text.substring(at)));
        }
        return parts;
    }
}
