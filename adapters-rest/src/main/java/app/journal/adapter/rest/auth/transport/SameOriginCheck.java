package app.journal.adapter.rest.auth.transport;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Whether a cookie-borne request shows it was not sent cross-site, by Fetch Metadata: a browser's
 * {@code Sec-Fetch-Site} must be {@code same-origin} or {@code none} (typed, bookmarked); where a
 * client sends no such header, its {@code Origin} must be one Journal trusts (the public base URL's,
 * or one on the CORS allowlist). A request with neither header fails: it cannot prove anything.
 */
public final class SameOriginCheck {

    static final String SEC_FETCH_SITE = "Sec-Fetch-Site";

    private final Set<String> trustedOrigins;

    public SameOriginCheck(Collection<URI> trustedOrigins) {
        this.trustedOrigins = trustedOrigins.stream().map(SameOriginCheck::originOf)
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean passes(HttpServletRequest request) {
        var site = request.getHeader(SEC_FETCH_SITE);
        if (site != null) {
            var value = site.strip().toLowerCase(Locale.ROOT);
            return value.equals("same-origin") || value.equals("none");
        }
        var origin = request.getHeader("Origin");
        var normalised = origin == null ? null : normalised(origin);
        return normalised != null && trustedOrigins.contains(normalised);
    }

    /** The origin ({@code scheme://host[:port]}, lower case, default port left out) of a URL. */
    public static String originOf(URI url) {
        var scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        var host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443)
                || (scheme.equals("http") && port == 80);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }

    private static @Nullable String normalised(String origin) {
        try {
            var uri = URI.create(origin.strip());
            return uri.getHost() == null || (uri.getPath() != null && !uri.getPath().isEmpty()) ? null : originOf(uri);
        } catch (IllegalArgumentException notAnOrigin) {
            return null; // "null", garbage
        }
    }
}
