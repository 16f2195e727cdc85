package app.journal.webui.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.http.HttpHeaders;

/**
 * A pretend browser for the client's tests: a cookie jar that {@code Set-Cookie} headers update, the way
 * the web UI's Vaadin transport would pass them on. The same {@link RefreshTransport} as in production,
 * with no Vaadin request around.
 */
final class InMemoryBrowser implements RefreshTransport {

    private final List<String[]> jar = new CopyOnWriteArrayList<>();
    /** Every {@code Set-Cookie} relayed to this browser, in order. */
    final List<String> relayed = new CopyOnWriteArrayList<>();
    volatile String fetchSite = "same-origin";
    volatile int forgotten;

    /** Puts a cookie into the jar as if the browser had kept it; a second one of the same name is a duplicate. */
    InMemoryBrowser has(String name, String value) {
        jar.add(new String[] {name, value});
        return this;
    }

    String cookie(String name) {
        return jar.stream().filter(c -> c[0].equals(name)).map(c -> c[1]).findFirst().orElse(null);
    }

    boolean hasAnyCookie() {
        return !jar.isEmpty();
    }

    @Override
    public String loginTransport() {
        return "cookie";
    }

    @Override
    public boolean hasRefreshCookie() {
        return jar.stream().anyMatch(c -> c[0].endsWith("journal-refresh"));
    }

    @Override
    public void prove(HttpHeaders headers) {
        if (!jar.isEmpty()) {
            List<String> pairs = new ArrayList<>();
            jar.forEach(c -> pairs.add(c[0] + "=" + c[1]));
            headers.set(HttpHeaders.COOKIE, String.join("; ", pairs));
        }
        if (!headers.containsHeader("X-CSRF-Token") && cookie("__Host-journal-csrf") != null) {
            headers.set("X-CSRF-Token", cookie("__Host-journal-csrf"));
        }
        headers.set("Sec-Fetch-Site", fetchSite);
    }

    @Override
    public void offerTrust(HttpHeaders headers) {
        List<String> pairs = new ArrayList<>();
        jar.stream().filter(c -> c[0].endsWith("journal-trusted")).forEach(c -> pairs.add(c[0] + "=" + c[1]));
        if (!pairs.isEmpty()) {
            headers.set(HttpHeaders.COOKIE, String.join("; ", pairs));
        }
    }

    @Override
    public void relay(HttpHeaders answer) {
        for (String setCookie : answer.getOrEmpty(HttpHeaders.SET_COOKIE)) {
            relayed.add(setCookie);
            String[] parts = setCookie.split(";");
            String name = parts[0].substring(0, parts[0].indexOf('=')).strip();
            String value = parts[0].substring(parts[0].indexOf('=') + 1).strip();
            jar.removeIf(c -> c[0].equals(name));
            boolean clearing = false;
            for (String attribute : parts) {
                clearing |= attribute.strip().toLowerCase(Locale.ROOT).equals("max-age=0");
            }
            if (!clearing) {
                jar.add(new String[] {name, value});
            }
        }
    }

    @Override
    public void forget() {
        forgotten++;
        jar.clear();
    }
}
