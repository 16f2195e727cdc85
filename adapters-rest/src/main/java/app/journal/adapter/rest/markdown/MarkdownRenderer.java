package app.journal.adapter.rest.markdown;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * An entry's body, written in Markdown (CommonMark, plus bare web addresses as links and {@code ~~struck~~}
 * text), as HTML that is safe to put into a page as it is:
 * <ul>
 *   <li>raw HTML, block or inline, is shown as text ({@code escapeHtml});</li>
 *   <li>links go only to {@code http}, {@code https} and {@code mailto} addresses ({@link SafeUrls}), with
 *       {@code rel="noopener noreferrer nofollow"} ({@link LinkAttributes}); any other link is its text;</li>
 *   <li>no {@code <img>}: an image is a link to it or its alt text ({@link SafeLinks});</li>
 *   <li>a line break in a paragraph stays a line break ({@code <br />}), as the plain-text journal showed it.</li>
 * </ul>
 * Thread-safe and stateless after construction: one instance serves every request.
 *
 * @see "docs/decisions/0028-markdown.md"
 */
public final class MarkdownRenderer {

    /** Deeper nesting than this (quotes in lists in quotes...) is read as text: it bounds the renderer's recursion. */
    static final int MAX_NESTING = 32;

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        List<Extension> extensions = List.of(AutolinkExtension.create(),
                StrikethroughExtension.builder().requireTwoTildes(true).build());
        this.parser = Parser.builder()
                .extensions(extensions)
                .maxOpenBlockParsers(MAX_NESTING)
                .maxInlineNesting(MAX_NESTING)
                .build();
        this.renderer = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .urlSanitizer(new SafeUrls())
                .percentEncodeUrls(true)
                .softbreak("<br />\n")
                .nodeRendererFactory(SafeLinks::new)
                .attributeProviderFactory(context -> new LinkAttributes())
                .build();
    }

    /** The body as HTML: a sequence of block elements ({@code <p>}, {@code <h1>}...), empty for an empty body. */
    public String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
    }
}
