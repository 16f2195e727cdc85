package app.journal.adapter.rest.auth.transport;

import java.util.Objects;
import java.util.Set;

/**
 * The cookies of the cookie transport.
 *
 * @param secure {@code true} (production): {@code __Host-} names and {@code Secure}, so the cookies are
 *     only ever sent over https, to this host, for every path. {@code false} is the plain-http
 *     development fallback: names without the prefix ({@code journal-refresh}, {@code journal-csrf})
 *     and no {@code Secure}. Never in production.
 * @param sameSite {@code Strict} (default) or {@code Lax}
 */
public record CookieSettings(boolean secure, String sameSite) {

    private static final Set<String> SAME_SITE = Set.of("Strict", "Lax");

    public CookieSettings {
        Objects.requireNonNull(sameSite, "sameSite");
        if (!SAME_SITE.contains(sameSite)) {
            throw new IllegalArgumentException("the cookies' SameSite must be Strict or Lax, not " + sameSite);
        }
    }

    public String refreshCookie() {
        return prefix() + "journal-refresh";
    }

    public String csrfCookie() {
        return prefix() + "journal-csrf";
    }

    /** "Trust this browser": the HttpOnly mark that skips the second sign-in step. */
    public String trustCookie() {
        return prefix() + "journal-trusted";
    }

    private String prefix() {
        return secure ? "__Host-" : "";
    }
}
