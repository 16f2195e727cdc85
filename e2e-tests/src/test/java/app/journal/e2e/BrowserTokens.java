package app.journal.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The promise that tokens live only on the server: nothing that looks like a JWT in the browser's
 * storage, its cookies (HttpOnly ones included) or the page (the document and every open shadow root).
 */
final class BrowserTokens {

    /** The start of a JWT: a base64url JSON header ({@code {"...} encodes as {@code eyJ}) and a dot. */
    static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.");

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

    /** Fails, naming where and what kind of token, if the page or its browser context holds a JWT. */
    static void assertNoneIn(Page page, String step) {
        Map<String, String> places = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        Map<String, Object> collected = (Map<String, Object>) page.evaluate(COLLECT);
        collected.forEach((place, text) -> places.put(place, String.valueOf(text)));
        places.put("page.content()", page.content());
        StringBuilder cookies = new StringBuilder();
        for (Cookie cookie : page.context().cookies()) {
            cookies.append(cookie.name).append('=').append(cookie.value).append('\n');
        }
        places.put("cookies (with HttpOnly)", cookies.toString());

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
