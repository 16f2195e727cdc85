package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 19, bringing a journal in: what one account exports, another imports with nothing lost (JSON and
 * Markdown zip); duplicates are skipped; another account's ids are never reused; a bad file is refused
 * whole, with a problem, and leaves nothing behind.
 */
@TestPropertySource(properties = {
        "journal.import.max-entries=1600", "journal.import.max-bytes=3000000",
        "journal.import.per-account.limit=14", "journal.import.per-account.window=1h"})
class ImportApiTest extends AccountLifecycleApiTestBase {

    private static final int ENTRIES = 450;

    @Test
    void a_json_export_imports_into_another_account_losing_nothing_with_new_ids_and_twice_is_all_duplicates()
            throws Exception {
        var ada = uniqueEmail();
        var adas = access(verifiedAndSignedIn(ada, FIREFOX));
        insertEntries(userId(ada), ENTRIES);
        var file = export(adas, "json");
        var bob = uniqueEmail();
        var bobs = access(verifiedAndSignedIn(bob, IPHONE));

        var preview = importFile(file, "application/json", true, bobs);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(counts(preview.json())).isEqualTo(List.of(ENTRIES + 3, ENTRIES + 3, 0, ENTRIES + 3));
        assertThat(stored(userId(bob))).as("a preview writes nothing").isEmpty();

        var imported = importFile(file, "application/json", false, bobs);

        assertThat(imported.status()).isEqualTo(200);
        assertThat(counts(imported.json())).isEqualTo(List.of(ENTRIES + 3, ENTRIES + 3, 0, ENTRIES + 3));
        assertThat(withoutIds(stored(userId(bob)))).isEqualTo(withoutIds(stored(userId(ada))));
        var adaIds = stored(userId(ada)).stream().map(row -> row.get("id")).toList();
        assertThat(stored(userId(bob))).extracting(row -> row.get("id")).doesNotContainAnyElementsOf(adaIds);
        assertThat(stored(userId(ada))).as("ada's journal untouched").hasSize(ENTRIES + 3);
        assertThat(sql("SELECT kind || ':' || count FROM account_activity WHERE user_id = '" + userId(bob)
                + "' AND kind = 'journal_imported'")).containsExactly("journal_imported:" + (ENTRIES + 3));

        var again = importFile(file, "application/json", false, bobs);

        assertThat(counts(again.json())).as("same title and time: all duplicates")
                .isEqualTo(List.of(ENTRIES + 3, 0, ENTRIES + 3, 0));
        assertThat(stored(userId(bob))).hasSize(ENTRIES + 3);
    }

    @Test
    void a_markdown_export_imports_losing_nothing_and_an_own_export_brings_back_deleted_entries_with_their_ids()
            throws Exception {
        var ada = uniqueEmail();
        var adas = access(verifiedAndSignedIn(ada, FIREFOX));
        insertEntries(userId(ada), ENTRIES);
        var zip = export(adas, "markdown");
        var carol = uniqueEmail();
        var carols = access(verifiedAndSignedIn(carol, IPHONE));

        var imported = importFile(zip, "application/zip", false, carols);

        assertThat(imported.status()).isEqualTo(200);
        assertThat(counts(imported.json())).isEqualTo(List.of(ENTRIES + 3, ENTRIES + 3, 0, ENTRIES + 3));
        assertThat(withoutIds(stored(userId(carol)))).isEqualTo(withoutIds(stored(userId(ada))));

        var before = stored(userId(ada));
        execute("DELETE FROM journal_entries WHERE owner_id = '" + userId(ada) + "' AND title LIKE 'Day 1%'");
        int deleted = before.size() - stored(userId(ada)).size();
        assertThat(deleted).isPositive();

        var back = importFile(zip, "application/zip", false, adas);

        assertThat(counts(back.json())).isEqualTo(List.of(ENTRIES + 3, deleted, ENTRIES + 3 - deleted, 0));
        assertThat(stored(userId(ada))).as("the same ids, the same everything").isEqualTo(before);
    }

    @Test
    void a_bad_file_is_refused_with_a_problem_and_nothing_of_it_is_written() throws Exception {
        var dave = uniqueEmail();
        var daves = access(verifiedAndSignedIn(dave, FIREFOX));
        var owner = userId(dave);
        var good = Map.of("id", "0b6f3a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b", "title", "Fine",
                "body", "ok", "createdAt", "2026-01-01T00:00:00Z", "updatedAt", "2026-01-02T00:00:00Z");
        var many = exportJson(1500, i -> entry("Entry " + i, "2026-01-01T00:00:00Z"));
        var cut = many.substring(0, many.length() * 4 / 5);
        Map<String, Object> badTime = new LinkedHashMap<>(good);
        badTime.put("createdAt", "yesterday");
        Map<String, Object> noTitle = new LinkedHashMap<>(good);
        noTitle.remove("title");
        Map<String, Object> backwards = new LinkedHashMap<>(good);
        backwards.put("updatedAt", "2025-12-31T00:00:00Z");
        Map<String, Object> badId = new LinkedHashMap<>(good);
        badId.put("id", "not-a-uuid");
        Map<String, Object> longTitle = new LinkedHashMap<>(good);
        longTitle.put("title", "x".repeat(201));
        var refusals = new LinkedHashMap<String, Object[]>();
        refusals.put("not json", new Object[] {"this is not json", "application/json", "import-malformed"});
        refusals.put("cut half way (after a batch was written)", new Object[] {cut, "application/json", "import-malformed"});
        refusals.put("not a journal export", new Object[] {"{\"entries\": []}", "application/json", "import-malformed"});
        refusals.put("bad time", new Object[] {file(List.of(good, badTime)), "application/json", "import-invalid-entry"});
        refusals.put("no title", new Object[] {file(List.of(good, noTitle)), "application/json", "import-invalid-entry"});
        refusals.put("updated before created", new Object[] {file(List.of(backwards)), "application/json",
                "import-invalid-entry"});
        refusals.put("bad id", new Object[] {file(List.of(badId)), "application/json", "import-invalid-entry"});
        refusals.put("title too long", new Object[] {file(List.of(good, longTitle)), "application/json",
                "import-invalid-entry"});
        refusals.put("too many entries", new Object[] {exportJson(1601, i -> entry("E " + i, "2026-01-01T00:00:00Z")),
                "application/json", "import-too-many-entries"});
        refusals.put("not a zip", new Object[] {"PK but no zip".getBytes(StandardCharsets.UTF_8), "application/zip",
                "import-malformed"});
        refusals.put("plain text as zip", new Object[] {"hello".getBytes(StandardCharsets.UTF_8), "application/zip",
                "import-malformed"});
        refusals.put("oversized zip entry", new Object[] {zip(Map.of("a.md", "---\ntitle: \"A\"\ncreated: "
                + "2026-01-01T00:00:00Z\n---\n\n" + "x".repeat(500_000))), "application/zip", "import-entry-too-large"});
        refusals.put("front matter missing", new Object[] {zip(Map.of("a.md", "just text")), "application/zip",
                "import-invalid-entry"});

        for (var refusal : refusals.entrySet()) {
            var body = refusal.getValue()[0] instanceof String text ? text.getBytes(StandardCharsets.UTF_8)
                    : (byte[]) refusal.getValue()[0];
            var answer = importFile(body, (String) refusal.getValue()[1], false, daves);

            assertThat(answer.status()).as(refusal.getKey()).isEqualTo(400);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.json().get("type").asString()).as(refusal.getKey())
                    .isEqualTo("urn:journal:problem:" + refusal.getValue()[2]);
            assertThat(answer.json().get("detail").asString()).as(refusal.getKey()).endsWith("Nothing was imported.");
            assertThat(stored(owner)).as(refusal.getKey()).isEmpty();
        }
        assertThat(sql("SELECT count(*) FROM account_activity WHERE user_id = '" + owner
                + "' AND kind = 'journal_imported'")).containsExactly("0");
    }

    @Test
    void an_oversized_file_is_a_413_the_caller_must_be_signed_in_and_imports_are_rate_limited() throws Exception {
        var erin = access(verifiedAndSignedIn(uniqueEmail(), FIREFOX));
        var small = file(List.of(Map.of("title", "T", "createdAt", "2026-01-01T00:00:00Z")));

        var tooLarge = importFile(new byte[3_000_001], "application/json", false, erin);
        var anonymous = importFile(small, "application/json", true, null);
        var pdf = exchange(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me/import"))
                .header("Authorization", "Bearer " + erin).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofString("%PDF")));

        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().get("type").asString()).isEqualTo("urn:journal:problem:request-too-large");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(pdf.status()).isEqualTo(415);
        var statuses = new ArrayList<Integer>();
        for (int i = 0; i < 15; i++) {
            statuses.add(importFile(small, "application/json", true, erin).status());
        }
        assertThat(statuses.subList(0, 14)).as("14 per hour in this test").containsOnly(200);
        assertThat(statuses.getLast()).isEqualTo(429);
    }

    @Test
    void two_imports_of_one_file_at_once_add_it_once_and_neither_fails() throws Exception {
        var fay = uniqueEmail();
        var fays = access(verifiedAndSignedIn(fay, FIREFOX));
        // Ids free everywhere: without the account's import lock both imports would insert them and one would
        // fail on the primary key.
        var file = exportJson(1_500, i -> Map.of("id", java.util.UUID.randomUUID().toString(), "title", "Same " + i,
                "body", "b", "createdAt", "2024-01-01T00:00:00Z", "updatedAt", "2024-01-01T00:00:00Z"))
                .getBytes(StandardCharsets.UTF_8);

        var first = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> importFile(file, "application/json", false, fays));
        var second = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> importFile(file, "application/json", false, fays));
        var answers = List.of(first.get(), second.get());

        assertThat(answers).extracting(Response::status).containsExactly(200, 200);
        assertThat(answers).extracting(answer -> answer.json().get("added").asInt())
                .containsExactlyInAnyOrder(1_500, 0);
        assertThat(stored(userId(fay))).hasSize(1_500);
    }

    private Response importFile(byte[] body, String contentType, boolean dryRun, String access) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me/import"
                        + (dryRun ? "?dryRun=true" : "")))
                .header("Content-Type", contentType).header("User-Agent", FIREFOX)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (access != null) {
            builder.header("Authorization", "Bearer " + access);
        }
        return exchange(builder);
    }

    private static List<Integer> counts(JsonNode summary) {
        return List.of(summary.get("entries").asInt(), summary.get("added").asInt(), summary.get("duplicates").asInt(),
                summary.get("newIds").asInt());
    }

    private byte[] export(String access, String format) throws Exception {
        assertThat(post("/api/me/confirm", json(Map.of("password", PASSWORD)), access).status()).isEqualTo(200);
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/me/export?format=" + format)).header("Authorization", "Bearer " + access).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static Map<String, Object> entry(String title, String createdAt) {
        return Map.of("title", title, "body", "b", "createdAt", createdAt);
    }

    private static byte[] file(List<? extends Map<String, ?>> entries) {
        return json(Map.of("format", "journal-export", "version", 1, "entries", entries))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String exportJson(int n, Function<Integer, Map<String, Object>> entry) {
        var entries = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < n; i++) {
            entries.add(entry.apply(i));
        }
        return json(Map.of("format", "journal-export", "version", 1, "entries", entries));
    }

    private static byte[] zip(Map<String, String> files) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /**
     * Entries written straight into the table: ties on created_at, quotes, newlines, accents, and bodies that
     * end in a newline, are empty, or use CRLF with a Markdown rule (what a front matter reader could trip on).
     */
    private static void insertEntries(String owner, int n) throws Exception {
        execute("INSERT INTO journal_entries (id, owner_id, title, body, created_at, updated_at) "
                + "SELECT gen_random_uuid(), '" + owner + "', 'Day ' || i || ' \"été\" / ok: yes', "
                + "E'Line one of ' || i || E'\\n\\nLine \\'two\\' <b>' || repeat('x', i % 7), "
                + "timestamptz '2026-01-01 08:00:00.123456+00' + (i / 3) * interval '1 hour', "
                + "timestamptz '2026-02-01 08:00:00+00' + i * interval '1 microsecond' "
                + "FROM generate_series(1, " + n + ") AS i");
        execute("INSERT INTO journal_entries (id, owner_id, title, body, created_at, updated_at) VALUES "
                + "(gen_random_uuid(), '" + owner + "', 'Ends with a newline', E'last line\\n\\n', "
                + "timestamptz '2025-05-05 05:05:05.5+00', timestamptz '2025-05-06 00:00:00+00'), "
                + "(gen_random_uuid(), '" + owner + "', E'\\\\ \"quoted\" \\u00e9 \\t tab', '', "
                + "timestamptz '2025-05-05 05:05:05.6+00', timestamptz '2025-05-05 05:05:05.6+00'), "
                + "(gen_random_uuid(), '" + owner + "', '---', E'\\r\\nCRLF\\r\\n---\\r\\nafter the rule\\r\\n', "
                + "timestamptz '2025-05-05 05:05:05.7+00', timestamptz '2025-05-07 00:00:00+00')");
    }

    private static List<Map<String, String>> stored(String owner) throws Exception {
        var rows = new ArrayList<Map<String, String>>();
        try (var c = database.dataSource().getConnection(); var s = c.createStatement();
                var rs = s.executeQuery("SELECT id, title, body, created_at, updated_at FROM journal_entries "
                        + "WHERE owner_id = '" + owner + "' ORDER BY created_at, title")) {
            while (rs.next()) {
                var row = new LinkedHashMap<String, String>();
                row.put("id", rs.getString(1));
                row.put("title", rs.getString(2));
                row.put("body", rs.getString(3));
                row.put("createdAt", rs.getObject(4, OffsetDateTime.class).toInstant().toString());
                row.put("updatedAt", rs.getObject(5, OffsetDateTime.class).toInstant().toString());
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<Map<String, String>> withoutIds(List<Map<String, String>> rows) {
        return rows.stream().map(row -> {
            var copy = new LinkedHashMap<>(row);
            copy.remove("id");
            return (Map<String, String>) copy;
        }).toList();
    }
}
