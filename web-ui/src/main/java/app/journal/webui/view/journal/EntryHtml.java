package app.journal.webui.view.journal;

import com.vaadin.flow.component.Html;
import java.util.ArrayList;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * An entry's rendered body, ready to go into the page.
 *
 * <p><b>Why inserting HTML is safe here.</b> The HTML comes from Journal's own API, whose renderer escapes
 * every bit of raw HTML the person typed, lets links reach only http, https and mailto addresses and never
 * writes an {@code <img>} (docs/decisions/0028-markdown.md). This tier does not take that on trust: it runs
 * the HTML through an allowlist of exactly the tags and attributes that renderer writes (jsoup, which Vaadin's
 * own {@link Html} is built on), so a faulty or foreign API still cannot put a script, an event handler, a
 * style or an image into the page.
 *
 * <p>Headings move down under the heading they appear below, so the page's outline stays in order: in a card
 * (title {@code h3}) {@code #} becomes {@code h4}; in a preview (under "New entry" or the dialog's title, both
 * {@code h2}) it becomes {@code h3}; and so on down to {@code h6}.
 */
final class EntryHtml {

    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "del", "a", "ul", "ol",
                    "li", "blockquote", "pre", "code", "hr")
            .addAttributes("a", "href", "title", "class")
            .addAttributes("ol", "start")
            .addAttributes("code", "class")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow")
            .addEnforcedAttribute("a", "target", "_blank");

    /** The level of the card's title, which an entry's headings go below. */
    static final int CARD_TITLE_LEVEL = 3;
    /** The level of "New entry" and of the edit dialog's title, which a preview's headings go below. */
    static final int FORM_TITLE_LEVEL = 2;

    private EntryHtml() {}

    /**
     * A component showing {@code html} inside a {@code <div class="...">} (Vaadin's Html wants one root), its
     * headings below one of level {@code underLevel}.
     */
    static Html component(String html, String className, int underLevel) {
        return new Html(wrapped(html, className, underLevel));
    }

    /** The allowed part of {@code html}, headings moved below {@code underLevel}, inside one {@code <div>}. */
    static String wrapped(String html, String className, int underLevel) {
        Document clean = new Cleaner(ALLOWED).clean(Jsoup.parseBodyFragment(html));
        for (Element heading : clean.body().select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            heading.tagName("h" + Math.min(6, level + underLevel));
        }
        clean.outputSettings().prettyPrint(false);
        Element body = clean.body();
        Element root = new Element("div").addClass(className);
        root.appendChildren(new ArrayList<>(body.childNodes()));
        body.appendChild(root);
        return root.outerHtml();
    }
}
