package app.journal.adapter.rest.account;

import app.journal.application.port.in.journal.ImportJournal.ImportSource;
import app.journal.application.port.in.journal.ImportJournal.ImportedEntry;
import app.journal.application.port.in.journal.ImportRefusedException;
import app.journal.application.port.in.journal.ImportRefusedException.Reason;
import app.journal.domain.entry.EntryBody;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON export ({@link JsonExport}) token by token with Jackson's streaming parser, handing on
 * each entry as soon as it is read: {@code {"format": "journal-export", "version": 1, ..., "entries":
 * [{id, title, body, createdAt, updatedAt}, ...]}}. Properties it does not know are skipped (a later
 * version may add some); a string longer than an entry can hold is refused before it is whole in memory.
 *
 * @see "docs/decisions/0029-import.md"
 */
final class JsonImport {

    /** Longest string token: a body of the most code points, each two chars (surrogate pairs). */
    static final int MAX_STRING = 2 * EntryBody.MAX_CODE_POINTS + 16;

    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(MAX_STRING).maxNestingDepth(64).maxNameLength(1000).build())
                    .build())
            .build();

    private JsonImport() {}

    /** The entries of the file {@code open} gives, each time it is read. */
    static ImportSource source(Supplier<InputStream> open) {
        return sink -> {
            try (var in = open.get()) {
                read(in, sink);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    static void read(InputStream in, Consumer<ImportedEntry> sink) {
        try (JsonParser json = JSON.createParser(in)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw malformed("The file is not a Journal export: it does not start with a JSON object.");
            }
            boolean journalExport = false;
            boolean sawEntries = false;
            for (var name = json.nextName(); name != null; name = json.nextName()) {
                var token = json.nextToken();
                switch (name) {
                    case "format" -> {
                        if (token != JsonToken.VALUE_STRING || !"journal-export".equals(json.getString())) {
                            throw malformed("The file is not a Journal export (its \"format\" is not \"journal-export\").");
                        }
                        journalExport = true;
                    }
                    case "version" -> {
                        if (token != JsonToken.VALUE_NUMBER_INT || json.getIntValue() != 1) {
                            throw malformed("This export's \"version\" is not one this server reads (1).");
                        }
                    }
                    case "entries" -> {
                        if (token != JsonToken.START_ARRAY) {
                            throw malformed("\"entries\" is not a list.");
                        }
                        sawEntries = true;
                        readEntries(json, sink);
                    }
                    default -> json.skipChildren();
                }
            }
            if (!journalExport || !sawEntries) {
                throw malformed("The file is not a Journal export: it has no \"format\": \"journal-export\" "
                        + "or no \"entries\".");
            }
            if (json.nextToken() != null) {
                throw malformed("The file goes on after the export's end.");
            }
        } catch (StreamConstraintsException e) {
            throw new ImportRefusedException(Reason.ENTRY_TOO_LARGE,
                    "A value in the file is longer than an entry can be (" + EntryBody.MAX_CODE_POINTS
                            + " characters).", e);
        } catch (JacksonException e) {
            throw malformed("The file is not valid JSON"
                    + (e.getLocation() == null ? "" : " (at line " + e.getLocation().getLineNr() + ")")
                    + ": it may be cut short or damaged.", e);
        }
    }

    private static void readEntries(JsonParser json, Consumer<ImportedEntry> sink) {
        int n = 0;
        for (var token = json.nextToken(); token != JsonToken.END_ARRAY; token = json.nextToken()) {
            n++;
            if (token != JsonToken.START_OBJECT) {
                throw ImportedEntries.invalid("entry " + n, "is not a JSON object.");
            }
            Map<String, String> fields = new HashMap<>();
            for (var name = json.nextName(); name != null; name = json.nextName()) {
                var value = json.nextToken();
                switch (name) {
                    case "id", "title", "body", "createdAt", "updatedAt" -> {
                        if (value == JsonToken.VALUE_STRING) {
                            fields.put(name, json.getString());
                        } else if (value != JsonToken.VALUE_NULL) {
                            throw ImportedEntries.invalid("entry " + n, "has a \"" + name + "\" that is not text.");
                        }
                    }
                    default -> json.skipChildren();
                }
            }
            sink.accept(ImportedEntries.of("entry " + n, fields.get("id"), fields.get("title"), fields.get("body"),
                    fields.get("createdAt"), fields.get("updatedAt")));
        }
    }

    private static ImportRefusedException malformed(String message) {
        return new ImportRefusedException(Reason.MALFORMED, message);
    }

    private static ImportRefusedException malformed(String message, Throwable cause) {
        return new ImportRefusedException(Reason.MALFORMED, message, cause);
    }
}
