package app.journal.adapter.rest.markdown;

import java.util.Locale;
import java.util.Set;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Which link targets an entry may have: absolute {@code http}, {@code https} and {@code mailto} URLs, nothing
 * else. Everything else ({@code javascript:}, {@code vbscript:}, {@code data:}, {@code file:}, relative and
 * scheme-relative paths) comes back empty, and {@link SafeLinks} then shows the link's text without a link.
 *
 * <p>Browsers drop ASCII whitespace and control characters anywhere in a URL before they read its scheme
 * ({@code java&#9;script:} is {@code javascript:}), so they are removed here first, and the cleaned URL is the
 * one written.
 */
final class SafeUrls implements UrlSanitizer {

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");

    @Override
    public String sanitizeLinkUrl(String url) {
        return allowed(url, LINK_SCHEMES);
    }

    /** The target of the link an image is shown as (it is never loaded). */
    @Override
    public String sanitizeImageUrl(String url) {
        return allowed(url, IMAGE_SCHEMES);
    }

    private static String allowed(String url, Set<String> schemes) {
        String cleaned = withoutControls(url);
        int colon = cleaned.indexOf(':');
        if (colon <= 0) {
            return "";
        }
        String scheme = cleaned.substring(0, colon);
        for (int i = 0; i < scheme.length(); i++) {
            char c = scheme.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '-'
                    || c == '.')) {
                return ""; // a '/', '?' or '#' before the colon: a relative URL, not a scheme
            }
        }
        String lower = scheme.toLowerCase(Locale.ROOT);
        if (!schemes.contains(lower)) {
            return "";
        }
        if (!lower.equals("mailto") && !cleaned.startsWith("//", colon + 1)) {
            return ""; // "http:evil" is not a web address
        }
        return cleaned;
    }

    private static String withoutControls(String url) {
        StringBuilder kept = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c > ' ' && c != '\u007f') {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
