package app.journal.webui;

import app.journal.webui.api.RefreshTransport;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * The refresh token's way through the Vaadin tier: the browser's cookies come from the current
 * {@link VaadinRequest}, the API's {@code Set-Cookie} headers go onto the current {@link VaadinResponse}.
 * Whatever request made the UI call the API (the page load, a click's UIDL request) is the one whose
 * cookies are sent and whose answer carries the rotated cookie back to the browser.
 *
 * <p>What this tier passed on during a request counts for the rest of it: after a sign-out cleared the
 * cookie (or a refresh rotated it), a later call in the same request (the sign-in page the sign-out goes
 * to) sees the browser's cookies as they will be, not as the request brought them.
 *
 * <p>Cookie names as the API sets them: {@code __Host-journal-refresh} / {@code __Host-journal-csrf}, or
 * {@code journal-refresh} / {@code journal-csrf} where {@code journal.cookies.secure} is off. Both variants
 * are passed on, duplicates included, so that the API can see a shadowed stale cookie and clear it. The
 * trusted-browser cookie ({@code __Host-journal-trusted} / {@code journal-trusted}) goes only to the sign-in
 * steps, where it lets the API skip the second step.
 */
final class BrowserRefreshCookies implements RefreshTransport {

    static final List<String> REFRESH_COOKIES = List.of("__Host-journal-refresh", "journal-refresh");
    static final List<String> CSRF_COOKIES = List.of("__Host-journal-csrf", "journal-csrf");
    /** The mark of a browser trusted to skip the second sign-in step (HttpOnly, set by the API). */
    static final List<String> TRUSTED_COOKIES = List.of("__Host-journal-trusted", "journal-trusted");
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String FETCH_SITE = "Sec-Fetch-Site";
    /** Request attribute: the cookies set ({@code value}) or cleared ({@code null}) on this request's answer. */
    private static final String PASSED_ON = BrowserRefreshCookies.class.getName() + ".passed-on";

    @Override
    public String loginTransport() {
        return "cookie";
    }

    @Override
    public boolean hasRefreshCookie() {
        return cookies(VaadinRequest.getCurrent()).stream().anyMatch(c -> REFRESH_COOKIES.contains(c.name()));
    }

    @Override
    public void prove(HttpHeaders headers) {
        VaadinRequest browser = VaadinRequest.getCurrent();
        if (browser == null) {
            return;
        }
        List<Pair> passed = cookies(browser).stream()
                .filter(c -> REFRESH_COOKIES.contains(c.name()) || CSRF_COOKIES.contains(c.name())).toList();
        if (!passed.isEmpty()) {
            headers.set(HttpHeaders.COOKIE, String.join("; ", passed.stream().map(Pair::text).toList()));
        }
        if (!headers.containsHeader(CSRF_HEADER)) {
            csrfCookie(passed).ifPresent(token -> headers.set(CSRF_HEADER, token));
        }
        String site = browser.getHeader(FETCH_SITE);
        if (site != null && !site.isBlank()) {
            headers.set(FETCH_SITE, site.strip());
        } else {
            // A browser without Fetch Metadata: its own Origin if it sent one, else where its request went.
            String origin = browser.getHeader(HttpHeaders.ORIGIN);
            headers.set(HttpHeaders.ORIGIN, origin != null && !origin.isBlank() ? origin.strip() : originOf(browser));
        }
    }

    @Override
    public void offerTrust(HttpHeaders headers) {
        List<Pair> trusted = cookies(VaadinRequest.getCurrent()).stream()
                .filter(c -> TRUSTED_COOKIES.contains(c.name())).toList();
        if (!trusted.isEmpty()) {
            headers.set(HttpHeaders.COOKIE, String.join("; ", trusted.stream().map(Pair::text).toList()));
        }
    }

    @Override
    public void relay(HttpHeaders answer) {
        List<String> setCookies = answer.getOrEmpty(HttpHeaders.SET_COOKIE);
        setCookies.forEach(BrowserRefreshCookies::addSetCookie);
    }

    @Override
    public void forget() {
        for (String name : REFRESH_COOKIES) {
            addSetCookie(clearing(name, true));
        }
        for (String name : CSRF_COOKIES) {
            addSetCookie(clearing(name, false));
        }
    }

    /** The same name, path and flags as the API's cookie (a {@code __Host-} one only counts with Secure). */
    static String clearing(String name, boolean httpOnly) {
        return name + "=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/"
                + (name.startsWith("__Host-") ? "; Secure" : "") + (httpOnly ? "; HttpOnly" : "") + "; SameSite=Strict";
    }

    private static void addSetCookie(String value) {
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response instanceof HttpServletResponse http) {
            http.addHeader(HttpHeaders.SET_COOKIE, value);
            remember(VaadinRequest.getCurrent(), value);
        }
    }

    /** Notes what a {@code Set-Cookie} does to one of our cookies, for the rest of this request. */
    private static void remember(@Nullable VaadinRequest browser, String setCookie) {
        String[] parts = setCookie.split(";");
        int equals = parts[0].indexOf('=');
        if (browser == null || equals <= 0) {
            return;
        }
        String name = parts[0].substring(0, equals).strip();
        if (!REFRESH_COOKIES.contains(name) && !CSRF_COOKIES.contains(name) && !TRUSTED_COOKIES.contains(name)) {
            return;
        }
        String value = parts[0].substring(equals + 1).strip();
        boolean clears = value.isEmpty();
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].strip().toLowerCase(java.util.Locale.ROOT);
            clears |= attribute.startsWith("max-age=") && attribute.substring("max-age=".length()).strip()
                    .matches("0+|-\\d+");
        }
        passedOn(browser).put(name, clears ? null : value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, @Nullable String> passedOn(VaadinRequest browser) {
        Object held = browser.getAttribute(PASSED_ON);
        if (held instanceof Map<?, ?> map) {
            return (Map<String, @Nullable String>) map;
        }
        Map<String, @Nullable String> fresh = new LinkedHashMap<>();
        browser.setAttribute(PASSED_ON, fresh);
        return fresh;
    }

    private record Pair(String name, String value) {
        String text() {
            return name + "=" + value;
        }
    }

    /**
     * The browser's cookies in the order it sent them, duplicates kept, read from the raw header; those
     * this request's answer sets or clears as they will be.
     */
    private static List<Pair> cookies(@Nullable VaadinRequest browser) {
        if (browser == null) {
            return List.of();
        }
        List<Pair> pairs = new ArrayList<>();
        for (String header : Collections.list(browser.getHeaders(HttpHeaders.COOKIE))) {
            for (String part : header.split(";")) {
                int equals = part.indexOf('=');
                if (equals > 0) {
                    pairs.add(new Pair(part.substring(0, equals).strip(), part.substring(equals + 1).strip()));
                }
            }
        }
        if (browser.getAttribute(PASSED_ON) != null) {
            passedOn(browser).forEach((name, value) -> {
                pairs.removeIf(pair -> pair.name().equals(name));
                if (value != null) {
                    pairs.add(new Pair(name, value));
                }
            });
        }
        return pairs;
    }

    private static Optional<String> csrfCookie(List<Pair> cookies) {
        for (String name : CSRF_COOKIES) {
            Optional<String> value = cookies.stream().filter(c -> c.name().equals(name)).map(Pair::value)
                    .filter(v -> !v.isBlank()).findFirst();
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    private static String originOf(VaadinRequest browser) {
        if (!(browser instanceof HttpServletRequest http)) {
            return "null";
        }
        String scheme = http.getScheme().toLowerCase(java.util.Locale.ROOT);
        int port = http.getServerPort();
        boolean defaultPort = port <= 0 || "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return scheme + "://" + http.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
