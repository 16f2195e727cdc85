package app.journal.adapter.rest.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.application.port.in.journal.ImportJournal.ImportedEntry;
import app.journal.application.port.in.journal.ImportRefusedException;
import app.journal.application.port.in.journal.ImportRefusedException.Reason;
import app.journal.domain.entry.EntryBody;
import app.journal.domain.entry.EntryId;
import app.journal.domain.entry.EntryTitle;
import app.journal.domain.entry.JournalEntry;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.UserId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The import readers give back exactly what the export writers wrote, and refuse what is not an export. */
class ImportReadersTest {

    private static final UserId OWNER = new UserId(UUID.randomUUID());
    private static final Instant T0 = Instant.parse("2026-03-01T07:30:00.123456Z");

    private static final List<JournalEntry> TRICKY = List.of(
            entry("Plain", "A body."),
            entry("Ends in a newline", "line\n"),
            entry("Ends in two", "line\n\n"),
            entry("Empty body", ""),
            entry("Starts with blank lines", "\n\nthen text"),
            entry("---", "---\nnot front matter\n---\n"),
            entry("CRLF", "\r\none\r\n---\r\ntwo\r\n"),
            entry("\"Quotes\" \\ back: slash\ttab été 🙂", "emoji 🙂 and \u2028 separators"),
            entry("title: with colon", "key: value"));

    @Test
    void json_round_trip_gives_back_every_field() throws IOException {
        var out = new ByteArrayOutputStream();
        JsonExport.write(out, new EmailAddress("ada@example.com"), T0, sink -> TRICKY.forEach(sink));

        var read = new ArrayList<ImportedEntry>();
        JsonImport.read(new ByteArrayInputStream(out.toByteArray()), read::add);

        assertSame(read);
    }

    @Test
    void markdown_round_trip_gives_back_every_field_including_trailing_newlines() throws IOException {
        var out = new ByteArrayOutputStream();
        MarkdownExport.write(out, sink -> TRICKY.forEach(sink));

        var read = new ArrayList<ImportedEntry>();
        MarkdownImport.read(new ByteArrayInputStream(out.toByteArray()), Long.MAX_VALUE, read::add);

        assertSame(read);
    }

    @Test
    void a_markdown_file_of_an_older_export_without_trailing_newline_reads_as_if_one_was_added() {
        var entry = MarkdownImport.entry("old.md", "---\ntitle: \"Old\"\nid: " + UUID.randomUUID()
                + "\ncreated: 2026-01-01T00:00:00Z\nupdated: 2026-01-02T00:00:00Z\n---\n\nbody\n");

        assertThat(entry.body().value()).isEqualTo("body");
        assertThat(entry.updatedAt()).isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
    }

    @Test
    void json_refusals_name_their_reason() {
        assertThat(jsonRefusal("[]")).isEqualTo(Reason.MALFORMED);
        assertThat(jsonRefusal("{\"format\":\"journal-export\",\"entries\":[{\"title\":\"x\"")).isEqualTo(Reason.MALFORMED);
        assertThat(jsonRefusal("{\"format\":\"other\",\"entries\":[]}")).isEqualTo(Reason.MALFORMED);
        assertThat(jsonRefusal("{\"format\":\"journal-export\",\"version\":2,\"entries\":[]}")).isEqualTo(Reason.MALFORMED);
        assertThat(jsonRefusal("{\"format\":\"journal-export\",\"entries\":[{\"createdAt\":\"2026-01-01T00:00:00Z\"}]}"))
                .isEqualTo(Reason.INVALID_ENTRY);
        assertThat(jsonRefusal("{\"format\":\"journal-export\",\"entries\":[{\"title\":1,\"createdAt\":\"2026-01-01T00:00:00Z\"}]}"))
                .isEqualTo(Reason.INVALID_ENTRY);
        assertThat(jsonRefusal("{\"format\":\"journal-export\",\"entries\":[{\"title\":\"t\",\"body\":\""
                + "x".repeat(JsonImport.MAX_STRING + 1) + "\",\"createdAt\":\"2026-01-01T00:00:00Z\"}]}"))
                .isEqualTo(Reason.ENTRY_TOO_LARGE);
        assertThat(jsonRefusal("{\"format\":\"journal-export\",\"entries\":[]} trailing")).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void json_reads_unknown_properties_past_and_defaults_updated_to_created() {
        var read = new ArrayList<ImportedEntry>();
        JsonImport.read(new ByteArrayInputStream(("{\"format\":\"journal-export\",\"version\":1,\"later\":{\"x\":[1]},"
                + "\"entries\":[{\"title\":\"t\",\"createdAt\":\"2026-01-01T00:00:00Z\",\"mood\":[\"calm\"]}]}")
                .getBytes(StandardCharsets.UTF_8)), read::add);

        assertThat(read).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isNull();
            assertThat(entry.body().value()).isEmpty();
            assertThat(entry.updatedAt()).isEqualTo(entry.createdAt());
        });
    }

    @Test
    void markdown_refusals_name_their_reason() throws IOException {
        assertThat(zipRefusal("not a zip".getBytes(StandardCharsets.UTF_8))).isEqualTo(Reason.MALFORMED);
        var out = new ByteArrayOutputStream();
        MarkdownExport.write(out, sink -> TRICKY.forEach(sink));
        var whole = out.toByteArray();
        assertThat(zipRefusal(java.util.Arrays.copyOf(whole, whole.length / 2))).isEqualTo(Reason.MALFORMED);
        assertThatThrownBy(() -> MarkdownImport.read(new ByteArrayInputStream(whole), 100, entry -> { }))
                .isInstanceOfSatisfying(ImportRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.ENTRY_TOO_LARGE));
        assertThatThrownBy(() -> MarkdownImport.entry("a.md", "---\ntitle: \"x\"\n"))
                .isInstanceOfSatisfying(ImportRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_ENTRY));
        assertThatThrownBy(() -> MarkdownImport.entry("a.md", "---\ntitle: \"x\"\ncreated: soon\n---\n\n"))
                .isInstanceOfSatisfying(ImportRefusedException.class,
                        e -> assertThat(e.getMessage()).startsWith("A.md has a creation time"));
    }

    private static Reason jsonRefusal(String json) {
        try {
            JsonImport.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), entry -> { });
        } catch (ImportRefusedException e) {
            return e.reason();
        }
        throw new AssertionError("not refused: " + json);
    }

    private static Reason zipRefusal(byte[] zip) throws IOException {
        try {
            MarkdownImport.read(new ByteArrayInputStream(zip), Long.MAX_VALUE, entry -> { });
        } catch (ImportRefusedException e) {
            return e.reason();
        }
        throw new AssertionError("not refused");
    }

    private static void assertSame(List<ImportedEntry> read) {
        assertThat(read).hasSize(TRICKY.size());
        for (int i = 0; i < TRICKY.size(); i++) {
            var expected = TRICKY.get(i);
            var actual = read.get(i);
            assertThat(actual.id()).isEqualTo(expected.id().value());
            assertThat(actual.title()).isEqualTo(expected.title());
            assertThat(actual.body()).as(expected.title().value()).isEqualTo(expected.body());
            assertThat(actual.createdAt()).isEqualTo(expected.createdAt());
            assertThat(actual.updatedAt()).isEqualTo(expected.updatedAt());
        }
    }

    private static JournalEntry entry(String title, String body) {
        return new JournalEntry(EntryId.random(), OWNER, new EntryTitle(title), new EntryBody(body), T0,
                T0.plusSeconds(90));
    }
}
