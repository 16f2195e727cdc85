package app.journal.webui.api;

import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where the REST API lives, without a trailing slash: {@code http://127.0.0.1:8080} or
 * {@code https://journal.example.org/app}.
 *
 * <p>Either configured up front, or learned once this same server knows its port (the default: the
 * UI calls the API of the application it is part of, over loopback).
 */
public final class ApiBaseUrl {

    private final @Nullable String configured;
    private volatile @Nullable String learned;

    private ApiBaseUrl(@Nullable String configured) {
        this.configured = configured;
    }

    /** A fixed base URL, for example {@code https://api.example.org}. */
    public static ApiBaseUrl fixed(String url) {
        return new ApiBaseUrl(normalise(url));
    }

    /** A base URL that {@link #serverStarted(int, String)} will fill in. */
    public static ApiBaseUrl sameServer() {
        return new ApiBaseUrl(null);
    }

    /** Checks and normalises a configured base URL: absolute http(s), no query, no trailing slash. */
    public static String normalise(String url) {
        Objects.requireNonNull(url, "url");
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The API base URL is not a valid URI: " + url, e);
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "The API base URL must be an absolute http(s) URL such as http://127.0.0.1:8080, but was: " + url);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("The API base URL must not have a query or fragment: " + url);
        }
        String text = uri.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    /**
     * Records the port and context path this server listens on; used when no base URL was configured.
     *
     * @param contextPath the servlet context path, {@code ""} for the root
     */
    public void serverStarted(int port, String contextPath) {
        if (port <= 0 || port > 65_535) {
            throw new IllegalArgumentException("Not a port this server could listen on: " + port);
        }
        String path = contextPath == null ? "" : contextPath;
        if (!path.isEmpty() && !path.startsWith("/")) {
            path = "/" + path;
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        learned = "http://127.0.0.1:" + port + path;
    }

    /** The base URL; fails if it was neither configured nor learned yet. */
    public String get() {
        if (configured != null) {
            return configured;
        }
        String current = learned;
        if (current == null) {
            throw new IllegalStateException(
                    "The API base URL is not known yet: journal.web.api-base-url is empty and the web server has not started");
        }
        return current;
    }

    @Override
    public String toString() {
        return configured != null ? configured : String.valueOf(learned);
    }
}
