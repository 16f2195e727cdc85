package app.journal.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The promise that page script never sees a token (M4.T1): nothing that looks like a JWT in the
 * browser's storage, in {@code document.cookie} or in the page (the document with its attributes and
 * every open shadow root). The only token the browser holds is the refresh token, in the
 * {@code HttpOnly} cookie {@value #REFRESH_COOKIE}, which Playwright sees in the cookie jar and page
 * script cannot; a JWT in any other cookie fails the check too.
 */
final class BrowserTokens {

    /** The start of a JWT: a base64url JSON header ({@code {"...} encodes as {@code eyJ}) and a dot. */
    static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.");
    /** The refresh cookie with {@code journal.cookies.secure=true}, the default the suites run with. */
    static final String REFRESH_COOKIE = "__Host-journal-refresh";
    /** The CSRF cookie next to it: readable by script by design, never a JWT. */
    static final String CSRF_COOKIE = "__Host-journal-csrf";
    /** Both names a refresh cookie can have ({@code journal-refresh} with {@code journal.cookies.secure=false}). */
    private static final Set<String> REFRESH_COOKIE_NAMES = Set.of(REFRESH_COOKIE, "journal-refresh");

    private static final String COLLECT = """
            () => {
              const entries = (storage) => {
                const all = [];
                for (let i = 0; i < storage.length; i++) {
                  const key = storage.key(i);
                  all.push(key + '=' + storage.getItem(key));
                }
                return all.join('\\n');
              };
              const shadows = [];
              const walk = (root) => {
                for (const element of root.querySelectorAll('*')) {
                  if (element.shadowRoot) {
                    shadows.push(element.shadowRoot.innerHTML);
                    walk(element.shadowRoot);
                  }
                }
              };
              walk(document);
              return {
                localStorage: entries(window.localStorage),
                sessionStorage: entries(window.sessionStorage),
                'document.cookie': document.cookie,
                'shadow roots': shadows.join('\\n'),
              };
            }
            """;

    private BrowserTokens() {}

    /**
     * Fails, naming where and what kind of token, if page script can read a JWT, or if a cookie other
     * than the HttpOnly refresh cookie holds one.
     */
    static void assertNoneIn(Page page, String step) {
        Map<String, String> places = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        Map<String, Object> collected = (Map<String, Object>) page.evaluate(COLLECT);
        collected.forEach((place, text) -> places.put(place, String.valueOf(text)));
        places.put("page.content()", page.content());
        StringBuilder cookies = new StringBuilder();
        for (Cookie cookie : page.context().cookies()) {
            if (!(REFRESH_COOKIE_NAMES.contains(cookie.name) && Boolean.TRUE.equals(cookie.httpOnly))) {
                cookies.append(cookie.name).append('=').append(cookie.value).append('\n');
            }
        }
        places.put("cookies (other than the HttpOnly refresh cookie)", cookies.toString());

        List<String> found = new ArrayList<>();
        places.forEach((place, text) -> {
            Matcher jwt = JWT.matcher(text);
            while (jwt.find()) {
                found.add(place + ": " + describe(jwt.group()));
            }
        });
        if (!found.isEmpty()) {
            throw new AssertionError("After '" + step + "' (" + page.url() + ") the browser holds what looks like a JWT:\n  "
                    + String.join("\n  ", found));
        }
    }

    /**
     * For a signed-in browser: {@link #assertNoneIn} and the refresh token is where it belongs, in
     * exactly one {@value #REFRESH_COOKIE} cookie that is {@code HttpOnly}, {@code Secure},
     * {@code SameSite=Strict} and {@code Path=/}.
     */
    static void assertOnlyInHttpOnlyCookie(Page page, String step) {
        assertNoneIn(page, step);
        List<Cookie> refresh = page.context().cookies().stream()
                .filter(cookie -> REFRESH_COOKIE_NAMES.contains(cookie.name))
                .toList();
        String where = "After '" + step + "' (" + page.url() + ") ";
        if (refresh.size() != 1) {
            throw new AssertionError(where + "the browser should hold exactly one " + REFRESH_COOKIE + " cookie, but holds "
                    + refresh.stream().map(BrowserTokens::attributes).toList());
        }
        Cookie cookie = refresh.getFirst();
        boolean asPromised = cookie.name.equals(REFRESH_COOKIE)
                && Boolean.TRUE.equals(cookie.httpOnly)
                && Boolean.TRUE.equals(cookie.secure)
                && cookie.sameSite == SameSiteAttribute.STRICT
                && "/".equals(cookie.path)
                && !cookie.domain.startsWith(".")
                && JWT.matcher(cookie.value).lookingAt();
        if (!asPromised) {
            throw new AssertionError(where + "the refresh cookie should be " + REFRESH_COOKIE
                    + " (HttpOnly, Secure, SameSite=Strict, Path=/, host-only) and hold the refresh token, but is "
                    + attributes(cookie));
        }
    }

    /** For a signed-out browser: {@link #assertNoneIn} and no refresh cookie at all. */
    static void assertNoRefreshCookie(Page page, String step) {
        assertNoneIn(page, step);
        List<String> refresh = page.context().cookies().stream()
                .filter(cookie -> REFRESH_COOKIE_NAMES.contains(cookie.name))
                .map(BrowserTokens::attributes)
                .toList();
        if (!refresh.isEmpty()) {
            throw new AssertionError("After '" + step + "' (" + page.url() + ") the browser still holds " + refresh);
        }
    }

    /** The refresh cookie of {@code context}, if it holds one. */
    static Optional<Cookie> refreshCookie(BrowserContext context) {
        return context.cookies().stream().filter(cookie -> cookie.name.equals(REFRESH_COOKIE)).findFirst();
    }

    /** A cookie's attributes, never its value. */
    static String attributes(Cookie cookie) {
        return cookie.name + "[domain=" + cookie.domain + ", path=" + cookie.path + ", httpOnly=" + cookie.httpOnly
                + ", secure=" + cookie.secure + ", sameSite=" + cookie.sameSite + ", expires=" + cookie.expires
                + ", value " + (JWT.matcher(cookie.value).lookingAt() ? "JWT-shaped" : "not JWT-shaped") + "]";
    }

    /** The token's header (never the token): enough to tell an access from a refresh or verify token. */
    private static String describe(String start) {
        String header = start.substring(0, start.length() - 1);
        try {
            return "a JWT with header " + new String(Base64.getUrlDecoder().decode(header), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return "something starting with " + header.substring(0, Math.min(header.length(), 12)) + "...";
        }
    }
}
