package app.journal.adapter.rest.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders links and images in place of commonmark's own renderer.
 *
 * <ul>
 *   <li>A link whose target {@link SafeUrls} refuses is shown as its text, without a link (an {@code <a href="">}
 *       would reload the page when clicked).</li>
 *   <li>An image is never an {@code <img>}: a diary must not phone home, and an image would load the moment
 *       the entry is shown. An {@code http(s)} image becomes a link to it ({@code class="image-link"}), its
 *       text the alt text or else the address; any other image is its alt text alone.</li>
 * </ul>
 * Attributes pass through {@link HtmlNodeRendererContext#extendAttributes}, so {@link LinkAttributes} sets
 * {@code rel} on every link.
 */
final class SafeLinks implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    SafeLinks(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Link.class, Image.class);
    }

    @Override
    public void render(Node node) {
        switch (node) {
            case Link link -> {
                String url = context.urlSanitizer().sanitizeLinkUrl(link.getDestination());
                if (url.isEmpty()) {
                    children(node);
                    return;
                }
                Map<String, String> attributes = new LinkedHashMap<>();
                attributes.put("href", context.encodeUrl(url));
                if (link.getTitle() != null) {
                    attributes.put("title", link.getTitle());
                }
                html.tag("a", context.extendAttributes(node, "a", attributes));
                children(node);
                html.tag("/a");
            }
            case Image image -> {
                String url = context.urlSanitizer().sanitizeImageUrl(image.getDestination());
                if (url.isEmpty()) {
                    children(node);
                    return;
                }
                Map<String, String> attributes = new LinkedHashMap<>();
                attributes.put("href", context.encodeUrl(url));
                attributes.put("class", "image-link");
                if (image.getTitle() != null) {
                    attributes.put("title", image.getTitle());
                }
                html.tag("a", context.extendAttributes(node, "a", attributes));
                if (image.getFirstChild() == null) {
                    html.text(url);
                } else {
                    children(node);
                }
                html.tag("/a");
            }
            default -> throw new IllegalArgumentException("not a link or an image: " + node.getClass());
        }
    }

    private void children(Node parent) {
        Node child = parent.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            context.render(child);
            child = next;
        }
    }
}
