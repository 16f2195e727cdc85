package app.journal.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Journal's REST API as the demo account, for arranging data faster than through the browser. Uses only
 * the public contract ({@code POST /api/demo/session}, {@code POST /api/entries}).
 */
final class DemoApi {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String accessToken;

    private DemoApi(String baseUrl, String accessToken) {
        this.baseUrl = baseUrl;
        this.accessToken = accessToken;
    }

    static DemoApi signIn(String baseUrl) {
        DemoApi anonymous = new DemoApi(baseUrl, "");
        HttpResponse<String> answer = anonymous.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/demo/session"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("POST /api/demo/session answered " + answer.statusCode() + ": " + answer.body());
        }
        Matcher token = ACCESS_TOKEN.matcher(answer.body());
        if (!token.find()) {
            throw new IllegalStateException("No accessToken in " + answer.body());
        }
        return new DemoApi(baseUrl, token.group(1));
    }

    void writeEntry(String title, String body) {
        String json = "{\"title\":\"" + escape(title) + "\",\"body\":\"" + escape(body) + "\"}";
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/entries"))
                .header("Authorization", "Bearer " + accessToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("POST /api/entries answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Journal's API did not answer at " + baseUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
