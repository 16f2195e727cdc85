package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Entry bodies come back rendered ({@code html}) and safe, wherever an entry is returned; the preview renders
 * the same way, stores nothing, and refuses what an entry would refuse.
 */
class MarkdownApiTest extends ApiTestBase {

    private static final String HOSTILE = """
            # Heading

            Some *emphasis* and a [link](https://example.org/a).

            <script>window.__pwned = 1</script>

            [click](JaVaScRiPt:alert(1)) <img src=x onerror=alert(1)>

            ![pixel](https://tracker.example/p.png)
            """;

    @Test
    void every_entry_answer_carries_the_body_rendered_safely() {
        var token = demoToken();

        var created = post("/api/entries", json(Map.of("title", "Markdown", "body", HOSTILE)), token);
        assertThat(created.status()).isEqualTo(201);
        var id = created.json().get("id").asString();
        assertThat(created.json().get("body").asString()).isEqualTo(HOSTILE);
        assertSafe(created.json().get("html").asString());

        assertSafe(get("/api/entries/" + id, token).json().get("html").asString());
        var listed = get("/api/entries?page=0&size=20", token).json().get("items").get(0);
        assertThat(listed.get("id").asString()).isEqualTo(id);
        assertSafe(listed.get("html").asString());

        var edited = send("PUT", "/api/entries/" + id, json(Map.of("title", "Markdown", "body", "## Now *this*")),
                token);
        assertThat(edited.json().get("html").asString()).isEqualTo("<h2>Now <em>this</em></h2>\n");
    }

    @Test
    void an_empty_body_renders_as_empty_html() {
        var created = post("/api/entries", json(Map.of("title", "Just a title", "body", "")), demoToken());

        assertThat(created.json().get("html").asString()).isEmpty();
    }

    @Test
    void preview_renders_like_an_entry_and_stores_nothing() {
        var token = demoToken();

        var preview = post("/api/entries/preview", json(Map.of("body", HOSTILE)), token);

        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.header("Cache-Control")).contains("no-store");
        var html = preview.json().get("html").asString();
        assertSafe(html);
        var saved = post("/api/entries", json(Map.of("title", "Same", "body", HOSTILE)), token);
        assertThat(html).isEqualTo(saved.json().get("html").asString());
        assertThat(get("/api/entries", token).json().get("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void preview_of_no_body_is_empty() {
        var preview = post("/api/entries/preview", "{}", demoToken());

        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.json().get("html").asString()).isEmpty();
    }

    @Test
    void preview_refuses_a_body_an_entry_could_not_have() {
        var token = demoToken();

        var tooLong = post("/api/entries/preview", json(Map.of("body", "x".repeat(100_001))), token);
        assertProblem(tooLong, 400, "urn:journal:problem:invalid-input");
        assertThat(tooLong.json().get("errors").get(0).get("field").asString()).isEqualTo("body");

        var nul = post("/api/entries/preview", json(Map.of("body", "a\u0000b")), token);
        assertProblem(nul, 400, "urn:journal:problem:invalid-input");

        assertProblem(post("/api/entries/preview", "{\"body\": ", token), 400, "urn:journal:problem:malformed-request");
        assertProblem(post("/api/entries/preview", "{\"text\": \"a\"}", token), 400,
                "urn:journal:problem:malformed-request");
        assertProblem(post("/api/entries/preview", json(Map.of("body", "x".repeat(1_100_000))), token), 413,
                "urn:journal:problem:request-too-large");
    }

    @Test
    void preview_needs_a_signed_in_caller() {
        var anonymous = post("/api/entries/preview", json(Map.of("body", "# hi")), null);
        assertProblem(anonymous, 401, "urn:journal:problem:unauthorized");

        var forged = post("/api/entries/preview", json(Map.of("body", "# hi")), "eyJhbGciOiJub25lIn0.e30.");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.body()).doesNotContain("<h1>");
    }

    private static void assertSafe(String html) {
        assertThat(html)
                .contains("<h1>Heading</h1>")
                .contains("<em>emphasis</em>")
                .contains("<a href=\"https://example.org/a\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">"
                        + "link</a>")
                .contains("&lt;script&gt;window.__pwned = 1&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("<img")
                .doesNotContainIgnoringCase("javascript:")
                .doesNotContain("src=\"https://tracker.example");
        assertThat(html).contains("<a href=\"https://tracker.example/p.png\" class=\"image-link\"");
    }

    private static void assertProblem(Response response, int status, String type) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo(type);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
