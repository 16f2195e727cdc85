package app.journal.adapter.rest.account;

import app.journal.domain.entry.JournalEntry;
import app.journal.domain.user.EmailAddress;
import java.io.OutputStream;
import java.time.Instant;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON export, written token by token with Jackson's streaming generator: {@code {"format":
 * "journal-export", "version": 1, "exportedAt", "account": {"email"}, "entries": [...]}}, entries oldest
 * first, each {@code {id, title, body, createdAt, updatedAt}} (ISO-8601 instants).
 */
final class JsonExport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonExport() {}

    static void write(OutputStream out, EmailAddress email, Instant exportedAt,
            Consumer<Consumer<JournalEntry>> entries) {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("format", "journal-export");
            json.writeNumberProperty("version", 1);
            json.writeStringProperty("exportedAt", exportedAt.toString());
            json.writeName("account");
            json.writeStartObject();
            json.writeStringProperty("email", email.value());
            json.writeEndObject();
            json.writeName("entries");
            json.writeStartArray();
            entries.accept(entry -> {
                json.writeStartObject();
                json.writeStringProperty("id", entry.id().value().toString());
                json.writeStringProperty("title", entry.title().value());
                json.writeStringProperty("body", entry.body().value());
                json.writeStringProperty("createdAt", entry.createdAt().toString());
                json.writeStringProperty("updatedAt", entry.updatedAt().toString());
                json.writeEndObject();
            });
            json.writeEndArray();
            json.writeEndObject();
        }
    }
}
