package app.journal.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Journal's accounts API over plain HTTP, for arranging accounts faster than through the browser and for
 * asking the API what it thinks of a token. Uses only the public contract under {@code /api/auth} and
 * {@code /api/sessions}.
 */
final class AccountsApi {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern REFRESH_TOKEN = Pattern.compile("\"refreshToken\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    AccountsApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    record TokenPair(String accessToken, String refreshToken) {

        @Override
        public String toString() {
            return "TokenPair[redacted]";
        }
    }

    /** Registers {@code email} and follows the mailed link, so that the account can sign in. */
    void registerVerified(String email, String password, Mailbox mailbox) {
        HttpResponse<String> registered = post("/api/auth/register", json("email", email, "password", password));
        expect(registered, 202, "POST /api/auth/register");
        URI link = mailbox.awaitVerificationLink(email, Duration.ofSeconds(20));
        HttpResponse<String> verified = post("/api/auth/verify", json("token", tokenOf(link)));
        expect(verified, 200, "POST /api/auth/verify");
    }

    /** Registers {@code account} (202); with {@code require-email-verify=false} it can sign in at once. */
    void register(Account account) {
        expect(post("/api/auth/register", json("email", account.email(), "password", account.password())), 202,
                "POST /api/auth/register");
    }

    TokenPair logIn(String email, String password) {
        HttpResponse<String> answer = post("/api/auth/login", json("email", email, "password", password));
        expect(answer, 200, "POST /api/auth/login");
        return new TokenPair(field(ACCESS_TOKEN, answer.body()), field(REFRESH_TOKEN, answer.body()));
    }

    /** What {@code POST /api/auth/refresh} answers to {@code refreshToken}. */
    HttpResponse<String> refresh(String refreshToken) {
        return post("/api/auth/refresh", json("refreshToken", refreshToken));
    }

    /** Ends one of the caller's sessions ({@code DELETE /api/sessions/{id}}); answers the status. */
    int revokeSession(String accessToken, UUID sessionId) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/sessions/" + sessionId))
                .header("Authorization", "Bearer " + accessToken)
                .DELETE()).statusCode();
    }

    static String tokenOf(URI verificationLink) {
        for (String parameter : verificationLink.getRawQuery().split("&")) {
            if (parameter.startsWith("token=")) {
                return URLDecoder.decode(parameter.substring("token=".length()), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("No token parameter in " + verificationLink);
    }

    private HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Journal's API did not answer at " + baseUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static void expect(HttpResponse<String> answer, int status, String what) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + answer.statusCode() + " (expected " + status + "): "
                    + answer.body());
        }
    }

    private static String field(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("The token pair lacks " + pattern.pattern().split("\"")[1]);
        }
        return matcher.group(1);
    }

    private static String json(String... namesAndValues) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (i > 0) {
                json.append(',');
            }
            json.append('"').append(namesAndValues[i]).append("\":\"").append(escape(namesAndValues[i + 1])).append('"');
        }
        return json.append('}').toString();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
