package app.journal.api;

import app.journal.adapter.persistence.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole application on a random port over real HTTP, against its own throwaway PostgreSQL
 * database (one per test class: the context is closed after each class, and the database is dropped
 * when the JVM ends). The operator endpoints (metrics, the OpenAPI description) are on the
 * application port here, so tests can read them; {@code OperatorSurfaceTest} checks the default.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "journal.ops.public-metrics=true")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class ApiTestBase {

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    protected int port;

    protected final HttpClient http = HttpClient.newHttpClient();

    /** The database of the test class that runs now (one class at a time). */
    protected static volatile TestDatabase database;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        var db = TestDatabase.create("api");
        database = db;
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.datasource.username", db::username);
        registry.add("spring.datasource.password", db::password);
        Path keys = Files.createTempDirectory("journal-keys");
        registry.add("journal.tokens.keys-dir", keys::toString);
    }

    protected record Response(int status, java.net.http.HttpHeaders headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    protected Response send(String method, String path, String jsonBody, String bearer) {
        return sendTo(port, method, path, jsonBody, bearer);
    }

    /** {@link #send} to another node on this machine (a {@link SecondNode}). */
    protected Response sendTo(int nodePort, String method, String path, String jsonBody, String bearer) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + nodePort + path))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            builder.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return exchange(builder);
    }

    /** Sends a request built by a test (its own headers: cookies, user agent, fetch metadata) and reads the answer. */
    protected Response exchange(HttpRequest.Builder builder) {
        try {
            var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected Response get(String path, String bearer) {
        return send("GET", path, null, bearer);
    }

    protected Response post(String path, String json, String bearer) {
        return send("POST", path, json, bearer);
    }

    protected String demoToken() {
        var response = post("/api/demo/session", null, null);
        if (response.status() != 200) {
            throw new AssertionError("demo session failed: " + response);
        }
        return response.json().get("accessToken").asString();
    }

    protected static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
