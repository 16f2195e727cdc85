package app.journal.adapter.rest.markdown;

import java.util.Map;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Every link leaves without a referrer, without a handle on this window, and without lending the entry's
 * standing to its target: {@code rel="noopener noreferrer nofollow"}. It opens in a new tab, so a click does not
 * leave the journal with an entry half written.
 */
final class LinkAttributes implements AttributeProvider {

    static final String REL = "noopener noreferrer nofollow";

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (tagName.equals("a")) {
            attributes.put("rel", REL);
            attributes.put("target", "_blank");
        }
    }
}
