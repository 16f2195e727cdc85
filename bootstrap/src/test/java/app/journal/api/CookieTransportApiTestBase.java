package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.adapter.rest.token.JjwtTokenCodec;
import app.journal.domain.session.SessionId;
import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;

/** Helpers for the cookie transport over real HTTP: a browser's view of Set-Cookie, and the session row. */
abstract class CookieTransportApiTestBase extends AccountsApiTestBase {

    @Autowired
    JjwtTokenCodec codec;

    /** One Set-Cookie header: name, value and attributes (names lower-cased; flags map to ""). */
    record SetCookie(String name, String value, Map<String, String> attributes) {

        static SetCookie parse(String header) {
            var parts = header.split(";");
            var nameValue = parts[0].strip();
            int eq = nameValue.indexOf('=');
            var attributes = new LinkedHashMap<String, String>();
            for (int i = 1; i < parts.length; i++) {
                var part = parts[i].strip();
                int at = part.indexOf('=');
                attributes.put((at < 0 ? part : part.substring(0, at)).toLowerCase(Locale.ROOT),
                        at < 0 ? "" : part.substring(at + 1));
            }
            return new SetCookie(nameValue.substring(0, eq), nameValue.substring(eq + 1), attributes);
        }

        boolean has(String attribute) {
            return attributes.containsKey(attribute.toLowerCase(Locale.ROOT));
        }

        @Nullable String get(String attribute) {
            return attributes.get(attribute.toLowerCase(Locale.ROOT));
        }

        boolean clears() {
            return "0".equals(get("Max-Age"));
        }
    }

    /** The state of a session row that a refused request must leave alone. */
    record SessionRow(String refreshId, @Nullable Instant revokedAt, Instant expiresAt) {}

    /** A signed-in browser: what its cookie jar holds after the sign-in, and the CSRF token of the body. */
    record Browser(String refreshCookie, String csrfToken, SessionId sessionId) {}

    protected abstract String refreshCookieName();

    protected abstract String csrfCookieName();

    protected static List<SetCookie> setCookies(Response response) {
        return response.headers().allValues("Set-Cookie").stream().map(SetCookie::parse).toList();
    }

    protected static SetCookie setCookie(Response response, String name) {
        var matching = setCookies(response).stream().filter(c -> c.name().equals(name)).toList();
        assertThat(matching).as("one Set-Cookie for " + name + " in " + response.headers().allValues("Set-Cookie"))
                .hasSize(1);
        return matching.getFirst();
    }

    protected Response cookieLogIn(String email, @Nullable Boolean rememberMe) {
        var body = new HashMap<String, Object>(Map.of("email", email, "password", PASSWORD, "transport", "cookie"));
        if (rememberMe != null) {
            body.put("rememberMe", rememberMe);
        }
        return post("/api/auth/login", json(body), null);
    }

    /** Register, verify and sign in with the cookie transport. */
    protected Browser signedInBrowser(@Nullable Boolean rememberMe) {
        var email = uniqueEmail();
        registerVerifyAndLogIn(email);
        var login = cookieLogIn(email, rememberMe);
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        return browserAfter(login);
    }

    protected Browser browserAfter(Response answer) {
        var refresh = setCookie(answer, refreshCookieName()).value();
        var csrf = answer.json().get("csrfToken").asString();
        return new Browser(refresh, csrf, codec.readRefresh(refresh).sessionId());
    }

    /** A POST as a browser's script would send it: the given cookie header and extra headers, an empty body. */
    protected Response browserPost(String path, @Nullable String cookieHeader, Map<String, String> headers) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (cookieHeader != null) {
            builder.header("Cookie", cookieHeader);
        }
        headers.forEach(builder::header);
        return exchange(builder);
    }

    /** A same-origin fetch() of the browser's page script: its cookie, Sec-Fetch-Site and the CSRF header. */
    protected Response sameOrigin(String path, Browser browser) {
        return browserPost(path, refreshCookieName() + "=" + browser.refreshCookie(),
                Map.of("Sec-Fetch-Site", "same-origin", "X-CSRF-Token", browser.csrfToken()));
    }

    protected SessionRow sessionRow(SessionId id) {
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                var statement = connection.prepareStatement(
                        "SELECT refresh_id, revoked_at, expires_at FROM user_sessions WHERE id = ?")) {
            statement.setObject(1, id.value());
            var rs = statement.executeQuery();
            assertThat(rs.next()).as("session row " + id).isTrue();
            var revoked = rs.getTimestamp(2);
            return new SessionRow(rs.getString(1), revoked == null ? null : revoked.toInstant(),
                    rs.getTimestamp(3).toInstant());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    protected void assertClearsBothCookies(Response response) {
        var refresh = setCookie(response, refreshCookieName());
        var csrf = setCookie(response, csrfCookieName());
        assertThat(refresh.clears()).as("refresh cookie cleared: " + refresh).isTrue();
        assertThat(refresh.value()).isEmpty();
        assertThat(refresh.get("Path")).isEqualTo("/");
        assertThat(csrf.clears()).as("CSRF cookie cleared: " + csrf).isTrue();
    }

    protected void assertCsrfCheckFailed(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:journal:problem:csrf-check-failed");
        assertThat(response.json().get("title").asString()).isEqualTo("Forbidden");
        assertThat(response.headers().allValues("Set-Cookie")).as("no cookie touched").isEmpty();
    }
}
