package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Hostile bodies ({@link HostileBodies}) against every operation of the OpenAPI description that takes
 * a JSON body, so that new routes are covered without touching this test. Every answer must be below
 * 500 (or the documented 503 service-busy), every error problem details with a
 * {@code urn:journal:problem:} type and no stack trace, and no password or token that was sent may
 * appear in any log line. Three drivers: the fixed catalogue, {@code journal.fuzz.api-tries} seeded
 * random bodies (default 300, {@code journal.fuzz.seed} replays a run), and a Jazzer fuzz test that
 * replays its corpus in a normal build and fuzzes with {@code JAZZER_FUZZ=1}.
 *
 * @see "docs/decisions/0012-fuzzing-with-jazzer.md"
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {
        "journal.rate-limits.login-per-account.limit=100000", "journal.rate-limits.login-per-account.window=1h",
        "journal.rate-limits.resend-per-account.limit=100000", "journal.rate-limits.resend-per-account.window=1h",
        // The cheapest Argon2 the settings allow: what is under test is the edge, not the hash, and
        // several hundred registrations and sign-ins at full cost would take minutes on two cores.
        "journal.passwords.memory-kib=1024", "journal.passwords.iterations=1"})
class HostileJsonApiTest extends AccountsApiTestBase {

    private static final List<String> HOSTILE_PARAMETERS = List.of("", "-1", "0", "1e400", "99999999999999999999",
            "2147483648", "-2147483649", "NaN", "0x10", "1.5", "abc", "\u0000", "%00", "../..", "x".repeat(5000),
            "\uD83D\uDE00", "' OR 1=1 --", "<script>", "00000000-0000-0000-0000-000000000000", "{id}");
    private static final List<String> STACK_TRACE_SIGNS = List.of("Exception", "\tat ", "at app.journal",
            "org.springframework", "tools.jackson", "java.lang");

    private final HttpClient http11 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final HostileBodies hostile = new HostileBodies();
    private final List<String> failures = new ArrayList<>();
    private String accessToken;
    private String entryId;

    record Operation(String method, String path, Map<String, String> fields) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @BeforeEach
    void caller() {
        accessToken = registerVerifyAndLogIn(uniqueEmail()).get("accessToken").asString();
        var entry = post("/api/entries", json(Map.of("title", "target", "body", "of PUT")), accessToken);
        assertThat(entry.status()).isEqualTo(201);
        entryId = entry.json().get("id").asString();
    }

    @Test
    void the_catalogue_of_hostile_bodies_gets_problem_details_and_no_secret_in_the_logs(CapturedOutput output) {
        int sent = 0;
        for (var operation : bodyOperations()) {
            for (var body : hostile.catalogue(operation.fields())) {
                check(operation, body);
                sent++;
            }
        }
        assertThat(sent).as("bodies sent").isGreaterThan(500);
        assertThat(hostile.secrets()).as("passwords and tokens sent").hasSizeGreaterThan(100);
        assertNoFailuresAndNoSecretsIn(output, "");
    }

    @Test
    void seeded_random_bodies_get_problem_details_and_no_secret_in_the_logs(CapturedOutput output) {
        long seed = Long.getLong("journal.fuzz.seed", new SplittableRandom().nextLong());
        int tries = Integer.getInteger("journal.fuzz.api-tries", 300);
        var random = new SplittableRandom(seed);
        var operations = bodyOperations();
        for (int i = 0; i < tries; i++) {
            var input = new byte[random.nextInt(8, 96)];
            random.nextBytes(input);
            var operation = operations.get(random.nextInt(operations.size()));
            var body = hostile.random(operation.fields(), new HostileBodies.Bytes(input));
            check(operation, new HostileBodies.Body("random try " + i + " (input " + HexFormat.of().formatHex(input)
                    + ")", body.bytes(), body.contentType()));
        }
        assertNoFailuresAndNoSecretsIn(output, " (replay with -Djournal.fuzz.seed=" + seed + ")");
    }

    @FuzzTest(maxDuration = "10m")
    void fuzzed_bodies_get_problem_details(byte[] input) {
        // Jazzer's SSRF detector refuses every connection while fuzzing; this test talks to its own
        // server and database on loopback only. Called here, where Jazzer's agent is surely loaded.
        BugDetectors.allowNetworkConnections((host, port) -> isLoopback(host));
        var operations = bodyOperations();
        var in = new HostileBodies.Bytes(input);
        var operation = operations.get(in.next(operations.size()));
        check(operation, hostile.random(operation.fields(), in));
        assertThat(failures).isEmpty();
    }

    @Test
    void the_checks_would_see_a_page_a_500_and_a_stack_trace() {
        // The assertions themselves must be able to fail.
        var operation = new Operation("POST", "/api/x", Map.of());
        problemShape(operation, "a", new Answer(404, "text/html;charset=UTF-8", "<html>the UI</html>"));
        problemShape(operation, "b", new Answer(500, "application/problem+json",
                "{\"type\":\"urn:journal:problem:internal-error\",\"detail\":\"java.lang.NullPointerException\"}"));
        problemShape(operation, "c", new Answer(503, "application/problem+json", "{\"type\":\"about:blank\"}"));
        assertThat(String.join("\n", failures)).contains("not problem details", "500", "stack trace", "about:blank");
    }

    @Test
    void hostile_query_and_path_parameters_get_problem_details(CapturedOutput output) {
        var doc = get("/v3/api-docs", null).json();
        int sent = 0;
        for (var path : doc.get("paths").propertyNames()) {
            for (var method : doc.get("paths").get(path).propertyNames()) {
                var operation = new Operation(method.toUpperCase(Locale.ROOT), path, Map.of());
                for (var parameter : doc.get("paths").get(path).get(method).path("parameters")) {
                    var name = parameter.path("name").asString();
                    var in = parameter.path("in").asString();
                    for (var value : HOSTILE_PARAMETERS) {
                        var encoded = java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
                        var target = switch (in) {
                            case "path" -> path.replace("{" + name + "}", encoded);
                            case "query" -> path + "?" + name + "=" + encoded + (value.isEmpty() ? "&" + name + "=1" : "");
                            default -> null;
                        };
                        if (target != null) {
                            send(operation, target, new HostileBodies.Body(in + " " + name + " = " + value, null, null));
                            sent++;
                        }
                    }
                }
            }
        }
        assertThat(sent).as("parameters sent").isGreaterThan(50);
        assertNoFailuresAndNoSecretsIn(output, "");
    }

    private static boolean isLoopback(String host) {
        try {
            return java.net.InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /** The operations that take a JSON body, with the fields (name to JSON type) of that body. */
    private List<Operation> bodyOperations() {
        var doc = get("/v3/api-docs", null).json();
        var result = new ArrayList<Operation>();
        for (var path : doc.get("paths").propertyNames()) {
            for (var method : doc.get("paths").get(path).propertyNames()) {
                var schema = doc.get("paths").get(path).get(method).path("requestBody").path("content")
                        .path("application/json").path("schema");
                if (!schema.isMissingNode()) {
                    result.add(new Operation(method.toUpperCase(Locale.ROOT), path, fields(doc, schema)));
                }
            }
        }
        assertThat(result).as("JSON operations in the API description").extracting(Operation::toString)
                .contains("POST /api/auth/register", "POST /api/auth/login", "POST /api/auth/refresh",
                        "POST /api/auth/logout", "POST /api/auth/verify", "POST /api/auth/resend-verification",
                        "POST /api/entries", "PUT /api/entries/{id}");
        return result;
    }

    private static Map<String, String> fields(JsonNode doc, JsonNode schema) {
        var resolved = schema;
        if (schema.has("$ref")) {
            var name = schema.get("$ref").asString().substring("#/components/schemas/".length());
            resolved = doc.path("components").path("schemas").path(name);
        }
        var fields = new LinkedHashMap<String, String>();
        for (var name : resolved.path("properties").propertyNames()) {
            var type = resolved.get("properties").get(name).path("type");
            fields.put(name, type.isArray() ? type.get(0).asString() : type.asString("string"));
        }
        return fields;
    }

    private record Answer(int status, String contentType, String body) {}

    private void check(Operation operation, HostileBodies.Body body) {
        send(operation, operation.path().replace("{id}", entryId), body);
    }

    /** Sends one request (no body when {@code body.bytes()} is null) and checks its answer. */
    private void send(Operation operation, String path, HostileBodies.Body body) {
        var concrete = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + concrete))
                .method(operation.method(), body.bytes() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                .header("Authorization", "Bearer " + accessToken);
        if (body.contentType() != null) {
            builder.header("Content-Type", body.contentType());
        }
        try {
            var response = http11.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            problemShape(operation, body.what(), new Answer(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body()));
        } catch (java.io.IOException e) {
            fail(operation, body.what(), "no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void problemShape(Operation operation, String what, Answer answer) {
        if (answer.status() >= 500 && answer.status() != 503) {
            fail(operation, what, answer.status() + " " + answer.body());
        }
        for (var sign : STACK_TRACE_SIGNS) {
            if (answer.body().contains(sign)) {
                fail(operation, what, "stack trace or internals (" + sign + ") in " + answer.body());
            }
        }
        if (answer.status() < 400) {
            return;
        }
        if (!answer.contentType().startsWith("application/problem+json")) {
            fail(operation, what, answer.status() + " is not problem details: " + answer.contentType());
            return;
        }
        var type = JSON.readTree(answer.body()).path("type").asString("");
        if (!type.startsWith("urn:journal:problem:") || answer.status() == 503 && !type.endsWith(":service-busy")) {
            fail(operation, what, answer.status() + " with type '" + type + "'");
        }
    }

    private void fail(Operation operation, String what, String problem) {
        if (failures.size() < 30) {
            failures.add(operation + " with " + what + ": " + problem);
        }
    }

    private void assertNoFailuresAndNoSecretsIn(CapturedOutput output, String replay) {
        assertThat(failures).as("answers that broke the rules" + replay).isEmpty();
        var logs = output.getAll();
        var leaked = hostile.secrets().stream().filter(logs::contains).toList();
        assertThat(leaked).as("passwords and tokens that reached a log line" + replay).isEmpty();
        assertThat(logs).as("the bearer token").doesNotContain(accessToken);
    }
}
