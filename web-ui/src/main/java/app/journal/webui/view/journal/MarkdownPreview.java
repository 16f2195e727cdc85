package app.journal.webui.view.journal;

import app.journal.webui.api.JournalApiException;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.Function;

/**
 * How the entry being written will look: the API renders the text ({@code POST /api/entries/preview}) and this
 * shows the result. Hidden while there is no text. A failed preview says so quietly and keeps the last one
 * away; saving is what reports a problem.
 */
final class MarkdownPreview extends Composite<Div> {

    /** Renders a body as HTML, by way of the API. */
    @FunctionalInterface
    interface Renderer extends Function<String, String> {}

    private final Renderer renderer;
    private final Span label = new Span("Preview");
    private String shown = "";

    MarkdownPreview(Renderer renderer, String id) {
        this.renderer = renderer;
        Div root = getContent();
        root.setId(id);
        root.addClassName("markdown-preview");
        root.getElement().setAttribute("role", "region");
        root.getElement().setAttribute("aria-label", "Preview");
        label.addClassName("markdown-preview-label");
        label.getElement().setAttribute("aria-hidden", "true");
        root.setVisible(false);
    }

    /** Shows {@code markdown} rendered; nothing when it is blank or unchanged. */
    void show(String markdown) {
        if (markdown.equals(shown)) {
            return;
        }
        shown = markdown;
        Div root = getContent();
        root.removeAll();
        if (markdown.isBlank()) {
            root.setVisible(false);
            return;
        }
        root.add(label);
        try {
            root.add(EntryHtml.component(renderer.apply(markdown), "entry-body markdown",
                    EntryHtml.FORM_TITLE_LEVEL));
        } catch (JournalApiException failed) {
            Span unavailable = new Span("The preview is not available right now.");
            unavailable.addClassName("markdown-preview-unavailable");
            root.add(unavailable);
            shown = "";
        }
        root.setVisible(true);
    }
}
