package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Every error at the API's edges is problem details with a stable type, walked from the OpenAPI
 * description: each documented path with each undocumented method (405 + Allow), unknown paths
 * (404, never the UI's page), a wrong Accept (406), a wrong Content-Type (415), a body past the
 * limit with and without Content-Length (413), malformed JSON (400).
 */
@TestPropertySource(properties = "journal.api.max-request-bytes=4096")
class ApiEdgesTest extends AccountsApiTestBase {

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final String MALFORMED = "{\"title\": \"unterminated";

    private final HttpClient http11 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private String token;

    @BeforeEach
    void demoCaller() {
        token = demoToken();
    }

    record Operation(String method, String path, boolean hasBody) {}

    /** Every documented path with its documented methods, and whether each takes a request body. */
    private Map<String, List<Operation>> documented() {
        var doc = get("/v3/api-docs", null).json();
        var result = new java.util.TreeMap<String, List<Operation>>();
        for (var path : doc.get("paths").propertyNames()) {
            var operations = new ArrayList<Operation>();
            for (var method : doc.get("paths").get(path).propertyNames()) {
                if (METHODS.contains(method.toUpperCase(Locale.ROOT))) {
                    var operation = doc.get("paths").get(path).get(method);
                    operations.add(new Operation(method.toUpperCase(Locale.ROOT), path, operation.has("requestBody")));
                }
            }
            result.put(path, operations);
        }
        assertThat(result).as("the API description").containsKeys("/api/entries", "/api/auth/login", "/api/me");
        return result;
    }

    private static String concrete(String path) {
        return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    private Response call(String method, String path, String contentType, String accept, byte[] body, boolean chunked) {
        var publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, publisher)
                .header("Authorization", "Bearer " + token);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        if (accept != null) {
            builder.header("Accept", accept);
        }
        try {
            var response = http11.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (Exception e) {
            throw new AssertionError(method + " " + path + ": " + e, e);
        }
    }

    private static void assertProblem(SoftAssertions soft, String what, Response response, int status, String type) {
        soft.assertThat(response.status()).as(what + " status (" + response.body() + ")").isEqualTo(status);
        soft.assertThat(response.header("Content-Type")).as(what + " content type").startsWith("application/problem+json");
        if (response.header("Content-Type") != null && response.header("Content-Type").startsWith("application/problem+json")) {
            var json = response.json();
            soft.assertThat(json.path("type").asString()).as(what + " type").isEqualTo("urn:journal:problem:" + type);
            soft.assertThat(json.path("status").asInt()).as(what + " status in the body").isEqualTo(status);
        }
        soft.assertThat(response.body()).as(what + " no stack trace or internals")
                .doesNotContain("Exception", "\tat ", "trace", "org.springframework", "app.journal");
    }

    @Test
    void every_documented_path_answers_an_undocumented_method_with_405_problem_and_allow() {
        var soft = new SoftAssertions();
        int checked = 0;
        for (var entry : documented().entrySet()) {
            var allowedHere = entry.getValue().stream().map(Operation::method).toList();
            for (var method : METHODS) {
                if (allowedHere.contains(method)) {
                    continue;
                }
                var what = method + " " + entry.getKey();
                var response = call(method, concrete(entry.getKey()), "application/json", null,
                        method.equals("GET") || method.equals("DELETE") ? null : "{}".getBytes(StandardCharsets.UTF_8),
                        false);
                assertProblem(soft, what, response, 405, "method-not-allowed");
                var allow = response.header("Allow") == null ? Set.<String>of()
                        : new TreeSet<>(List.of(response.header("Allow").replace(" ", "").split(",")));
                soft.assertThat(allow).as(what + " Allow").containsAll(allowedHere).doesNotContain(method);
                checked++;
            }
        }
        assertThat(checked).as("checks made").isGreaterThan(20);
        soft.assertAll();
    }

    @Test
    void unknown_paths_are_404_problems_never_the_ui_page() {
        var soft = new SoftAssertions();
        for (var path : List.of("/api/nothing", "/api", "/api/entries/" + UUID.randomUUID() + "/more",
                "/api/auth/nothing", "/.well-known/nothing", "/api/v2/entries")) {
            for (var method : List.of("GET", "POST", "DELETE")) {
                assertProblem(soft, method + " " + path, call(method, path, null, null, null, false), 404, "not-found");
            }
        }
        soft.assertAll();
    }

    @Test
    void the_ui_still_answers_every_path_outside_the_api() {
        var home = get("/", null);
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.header("Content-Type")).startsWith("text/html");
        assertThat(get("/some/page/of/the/ui", null).header("Content-Type")).startsWith("text/html");
        assertThat(get("/apixyz", null).header("Content-Type")).as("only /api/ itself is the API").startsWith("text/html");
    }

    @Test
    void an_accept_without_json_is_a_406_problem_for_every_operation() {
        var soft = new SoftAssertions();
        for (var operations : documented().values()) {
            for (var op : operations) {
                if (!op.path().startsWith("/api/")) {
                    continue;
                }
                var response = call(op.method(), concrete(op.path()), "application/json", "text/html",
                        op.hasBody() ? "{}".getBytes(StandardCharsets.UTF_8) : null, false);
                assertProblem(soft, op.method() + " " + op.path(), response, 406, "not-acceptable");
            }
        }
        soft.assertAll();
        assertThat(get("/api/entries", token).status()).as("no Accept at all").isEqualTo(200);
    }

    @Test
    void a_body_that_is_not_json_is_a_415_problem() {
        var soft = new SoftAssertions();
        for (var op : bodyOperations()) {
            // A wildcard is no media type a body can have (Spring's headers throw on it: it was a 500).
            for (var contentType : List.of("text/plain", "application/*+json", "*/*", "not a media type")) {
                var response = call(op.method(), concrete(op.path()), contentType, null,
                        "{}".getBytes(StandardCharsets.UTF_8), false);
                assertProblem(soft, op.method() + " " + op.path() + " as " + contentType, response, 415,
                        "unsupported-media-type");
            }
        }
        soft.assertAll();
    }

    @Test
    void a_body_past_the_limit_is_a_413_problem_with_or_without_content_length() {
        var big = ("{\"title\":\"" + "x".repeat(8192) + "\"}").getBytes(StandardCharsets.UTF_8);
        var soft = new SoftAssertions();
        for (var op : bodyOperations()) {
            for (boolean chunked : List.of(false, true)) {
                var response = call(op.method(), concrete(op.path()), "application/json", null, big, chunked);
                assertProblem(soft, op.method() + " " + op.path() + (chunked ? " chunked" : " with Content-Length"),
                        response, 413, "request-too-large");
            }
        }
        soft.assertAll();
        assertThat(call("POST", "/api/entries", "application/json", null,
                        json(Map.of("title", "fits", "body", "x".repeat(3000))).getBytes(StandardCharsets.UTF_8), true)
                .status()).as("a chunked body under the limit").isEqualTo(201);
    }

    @Test
    void malformed_json_is_a_400_problem() {
        var soft = new SoftAssertions();
        for (var op : bodyOperations()) {
            var response = call(op.method(), concrete(op.path()), "application/json", null,
                    MALFORMED.getBytes(StandardCharsets.UTF_8), false);
            assertProblem(soft, op.method() + " " + op.path(), response, 400, "malformed-request");
        }
        soft.assertAll();
    }

    @Test
    void a_refused_token_is_named_in_www_authenticate_and_a_missing_one_is_asked_for() {
        var refused = get("/api/entries", "not-a-token");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:journal:problem:unauthorized");

        var missing = get("/api/entries", null);
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void logout_is_204_whatever_the_authorization_header_holds() {
        var pair = registerVerifyAndLogIn(uniqueEmail());
        var access = pair.get("accessToken").asString();
        var body = json(Map.of("refreshToken", pair.get("refreshToken").asString()));

        assertThat(post("/api/auth/logout", body, access).status()).isEqualTo(204);
        assertThat(get("/api/me", access).status()).as("the access token is revoked with the session").isEqualTo(401);
        assertThat(post("/api/auth/logout", body, access).status()).as("again, with the revoked token").isEqualTo(204);
        assertThat(post("/api/auth/logout", body, "garbage").status()).isEqualTo(204);
        assertThat(send("POST", "/api/auth/logout", body, null).status()).isEqualTo(204);
    }

    private List<Operation> bodyOperations() {
        var result = documented().values().stream().flatMap(List::stream).filter(Operation::hasBody).toList();
        assertThat(result).extracting(Operation::path).contains("/api/entries", "/api/auth/login");
        return result;
    }
}
