package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
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
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: the export contains every entry exactly as the database holds it (JSON and Markdown zip,
 * more entries than one page of the streaming reader), and deleting an account removes every row of it.
 */
class ExportAndDeleteApiTest extends AccountLifecycleApiTestBase {

    private static final int ENTRIES = 450;

    @Test
    void the_json_export_holds_every_entry_exactly_as_stored_oldest_first_and_nobody_elses() throws Exception {
        var email = uniqueEmail();
        var firefox = verifiedAndSignedIn(email, FIREFOX);
        var owner = userId(email);
        insertEntries(owner, ENTRIES);
        var stranger = uniqueEmail();
        verifiedAndSignedIn(stranger, IPHONE);
        insertEntries(userId(stranger), 3);
        var unconfirmed = get("/api/me/export", access(firefox));
        assertThat(unconfirmed.status()).as("the whole journal needs a confirmed session (issue 15)").isEqualTo(403);
        assertThat(unconfirmed.json().get("type").asString()).isEqualTo("urn:journal:problem:reauthentication-required");
        confirmed(access(firefox));

        var export = get("/api/me/export", access(firefox));

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith("application/json");
        assertThat(export.header("Content-Disposition"))
                .matches("attachment; filename=\"journal-export-\\d{4}-\\d{2}-\\d{2}\\.json\"");
        assertThat(export.header("Cache-Control")).isEqualTo("no-store");
        var json = export.json();
        assertThat(json.get("format").asString()).isEqualTo("journal-export");
        assertThat(json.get("version").asInt()).isEqualTo(1);
        assertThat(json.get("account").get("email").asString()).isEqualTo(email);
        var exported = new ArrayList<Map<String, String>>();
        for (var entry : json.get("entries")) {
            var row = new LinkedHashMap<String, String>();
            for (var field : List.of("id", "title", "body", "createdAt", "updatedAt")) {
                row.put(field, entry.get(field).asString());
            }
            exported.add(row);
        }
        assertThat(exported).hasSize(ENTRIES).isEqualTo(stored(owner));
    }

    @Test
    void the_markdown_export_is_a_zip_with_one_file_per_entry_holding_its_title_and_body() throws Exception {
        var email = uniqueEmail();
        var firefox = verifiedAndSignedIn(email, FIREFOX);
        var owner = userId(email);
        insertEntries(owner, ENTRIES);
        confirmed(access(firefox));

        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/me/export?format=markdown"))
                .header("Authorization", "Bearer " + access(firefox)).header("Accept", "application/zip").build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/zip");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .matches("attachment; filename=\"journal-export-\\d{4}-\\d{2}-\\d{2}\\.zip\"");
        var files = unzip(response.body());
        var stored = stored(owner);
        assertThat(files).hasSize(ENTRIES);
        for (var row : stored) {
            var name = files.keySet().stream().filter(n -> n.endsWith("-" + row.get("id").substring(0, 8) + ".md"))
                    .findFirst().orElseThrow();
            assertThat(name).startsWith(row.get("createdAt").substring(0, 10) + "-");
            var text = files.get(name);
            assertThat(text).startsWith("---\n").contains("\nid: " + row.get("id") + "\n")
                    .contains("\ncreated: " + row.get("createdAt") + "\n").endsWith(row.get("body") + "\n");
        }
    }

    @Test
    void the_export_refuses_an_unknown_format_and_an_accept_it_cannot_answer() {
        var firefox = verifiedAndSignedIn(uniqueEmail(), FIREFOX);

        var unknown = get("/api/me/export?format=pdf", access(firefox));
        var html = exchange(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me/export"))
                .header("Authorization", "Bearer " + access(firefox)).header("Accept", "text/html"));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("type").asString()).isEqualTo("urn:journal:problem:invalid-input");
        assertThat(html.status()).isEqualTo(406);
    }

    @Test
    void deleting_the_account_removes_every_row_of_it_stops_every_token_clears_the_cookies_and_says_goodbye()
            throws Exception {
        var email = uniqueEmail();
        var firefox = verifiedAndSignedIn(email, FIREFOX);
        var phone = signIn(email, PASSWORD, IPHONE);
        var owner = userId(email);
        insertEntries(owner, 5);
        forgot(email);
        resetToken(email, 1); // a live reset token
        var someoneElse = uniqueEmail();
        verifiedAndSignedIn(someoneElse, IPHONE);
        var tables = Map.of("users", "id", "user_sessions", "user_id", "journal_entries", "owner_id",
                "account_activity", "user_id", "account_tokens", "user_id", "account_mail_outbox", "user_id");
        assertThat(count("account_tokens", "user_id", owner)).isEqualTo(1);
        assertThat(count("journal_entries", "owner_id", owner)).isEqualTo(5);

        var deleted = send("DELETE", "/api/me", json(Map.of("currentPassword", PASSWORD)), access(firefox), FIREFOX);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).contains("journal-refresh=").contains("Max-Age=0"));
        for (var table : tables.entrySet()) {
            assertThat(count(table.getKey(), table.getValue(), owner)).as(table.getKey()).isZero();
        }
        for (var device : List.of(firefox, phone)) {
            assertThat(get("/api/me", access(device)).status()).isEqualTo(401);
            assertThat(refresh(refreshToken(device)).status()).isEqualTo(401);
        }
        assertThat(logIn(email, PASSWORD).status()).isEqualTo(401);
        assertThat(text(mails(email, "Your Journal account was deleted", 1).getFirst())).contains("deleted");
        assertThat(count("users", "email", someoneElse)).as("nobody else's").isEqualTo(1);
        assertThat(register(email, PASSWORD).status()).as("the address is free again").isEqualTo(202);
    }

    private static long count(String table, String column, String value) throws Exception {
        return Long.parseLong(sql("SELECT count(*) FROM " + table + " WHERE " + column + "::text = '" + value + "'")
                .getFirst());
    }

    /** Entries written straight into the table: ties on created_at, quotes, newlines, accents. */
    private static void insertEntries(String owner, int n) throws Exception {
        execute("INSERT INTO journal_entries (id, owner_id, title, body, created_at, updated_at) "
                + "SELECT gen_random_uuid(), '" + owner + "', 'Day ' || i || ' \"été\" / ok', "
                + "E'Line one of ' || i || E'\\n\\nLine \\'two\\' <b>' || repeat('x', i % 7), "
                + "timestamptz '2026-01-01 08:00:00.123456+00' + (i / 3) * interval '1 hour', "
                + "timestamptz '2026-02-01 08:00:00+00' + i * interval '1 microsecond' "
                + "FROM generate_series(1, " + n + ") AS i");
    }

    private static List<Map<String, String>> stored(String owner) throws Exception {
        var rows = new ArrayList<Map<String, String>>();
        try (var c = database.dataSource().getConnection(); var s = c.createStatement();
                var rs = s.executeQuery("SELECT id, title, body, created_at, updated_at FROM journal_entries "
                        + "WHERE owner_id = '" + owner + "' ORDER BY created_at, id")) {
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

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        var files = new LinkedHashMap<String, String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /** "Confirm it's you" with the password: this session may export for a while. */
    private void confirmed(String access) {
        assertThat(post("/api/me/confirm", json(Map.of("password", PASSWORD)), access).status()).isEqualTo(200);
    }
}
