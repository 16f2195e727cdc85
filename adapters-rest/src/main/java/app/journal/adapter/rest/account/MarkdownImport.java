package app.journal.adapter.rest.account;

import app.journal.application.port.in.journal.ImportJournal.ImportSource;
import app.journal.application.port.in.journal.ImportJournal.ImportedEntry;
import app.journal.application.port.in.journal.ImportRefusedException;
import app.journal.application.port.in.journal.ImportRefusedException.Reason;
import app.journal.domain.entry.EntryBody;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the Markdown export ({@link MarkdownExport}): a zip of {@code .md} files, each a front matter
 * ({@code title}, {@code id}, {@code created}, {@code updated}, {@code trailing-newline}) and the body.
 * Streamed with {@link ZipInputStream}, one file at a time; a file is read only up to what an entry can
 * hold, and the whole zip only up to {@code maxInflatedBytes} once inflated, so a zip bomb is refused
 * after reading its first bytes too many. Other files in the zip (folders, {@code .DS_Store}) are skipped.
 *
 * <p>The body is everything after the front matter's closing {@code ---} and the one blank line the export
 * puts there. The export ends every file with a newline: {@code trailing-newline: false} says that it added
 * one, which is taken off again; an older export without that line is read as if it said false.
 *
 * @see "docs/decisions/0029-import.md"
 */
final class MarkdownImport {

    /** The most bytes one {@code .md} file may inflate to: a full body in four-byte UTF-8 and a front matter. */
    static final int MAX_FILE_BYTES = 4 * EntryBody.MAX_CODE_POINTS + 8 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MarkdownImport() {}

    static ImportSource source(Supplier<InputStream> open, long maxInflatedBytes) {
        return sink -> {
            try (var in = open.get()) {
                read(in, maxInflatedBytes, sink);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    static void read(InputStream raw, long maxInflatedBytes, Consumer<ImportedEntry> sink) throws IOException {
        var in = new BufferedInputStream(raw);
        in.mark(4);
        var magic = in.readNBytes(4);
        in.reset();
        if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K' || !(magic[2] == 3 && magic[3] == 4
                || magic[2] == 5 && magic[3] == 6)) {
            throw malformed("The file is not a zip archive.");
        }
        long inflated = 0;
        try (var zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            for (var file = zip.getNextEntry(); file != null; file = zip.getNextEntry()) {
                var name = file.getName();
                if (file.isDirectory() || !name.endsWith(".md") || name.contains("__MACOSX/")) {
                    continue;
                }
                var bytes = zip.readNBytes(MAX_FILE_BYTES + 1);
                if (bytes.length > MAX_FILE_BYTES) {
                    throw new ImportRefusedException(Reason.ENTRY_TOO_LARGE, "The file " + name
                            + " in the zip is larger than an entry can be (" + EntryBody.MAX_CODE_POINTS
                            + " characters).");
                }
                inflated += bytes.length;
                if (inflated > maxInflatedBytes) {
                    throw new ImportRefusedException(Reason.ENTRY_TOO_LARGE,
                            "The zip holds more than " + maxInflatedBytes + " bytes once unpacked.");
                }
                sink.accept(entry(name, text(name, bytes)));
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new ImportRefusedException(Reason.MALFORMED, "The zip archive is damaged or cut short.", e);
        }
    }

    static ImportedEntry entry(String name, String text) {
        if (!text.startsWith("---\n") && !text.startsWith("---\r\n")) {
            throw ImportedEntries.invalid(name, "has no front matter (it must start with a line \"---\").");
        }
        int start = text.indexOf('\n') + 1;
        int end = text.indexOf("\n---", start - 1);
        if (end < 0) {
            throw ImportedEntries.invalid(name, "has a front matter that does not end (no closing \"---\").");
        }
        Map<String, String> fields = new HashMap<>();
        for (var line : text.substring(start, Math.max(start, end)).split("\r?\n")) {
            int colon = line.indexOf(':');
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (colon < 0) {
                throw ImportedEntries.invalid(name, "has a front matter line that is not \"key: value\".");
            }
            fields.put(line.substring(0, colon).strip(), scalar(name, line.substring(colon + 1).strip()));
        }
        int afterFence = text.indexOf('\n', end + 1);
        var body = afterFence < 0 ? "" : text.substring(afterFence + 1);
        if (body.startsWith("\n")) {
            body = body.substring(1);
        } else if (body.startsWith("\r\n")) {
            body = body.substring(2);
        }
        if (!"true".equals(fields.get("trailing-newline")) && body.endsWith("\n")) {
            body = body.substring(0, body.length() - 1);
        }
        return ImportedEntries.of(name, fields.get("id"), fields.get("title"), body, fields.get("created"),
                fields.get("updated"));
    }

    /** A YAML scalar as the export writes it: double-quoted (JSON escapes), single-quoted, or plain. */
    private static String scalar(String name, String value) {
        if (value.startsWith("\"")) {
            try {
                return JSON.readValue(value, String.class);
            } catch (JacksonException e) {
                throw ImportedEntries.invalid(name, "has a quoted value in its front matter that does not end.");
            }
        }
        if (value.startsWith("'") && value.endsWith("'") && value.length() >= 2) {
            return value.substring(1, value.length() - 1).replace("''", "'");
        }
        return value;
    }

    private static String text(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ImportedEntries.invalid(name, "is not UTF-8 text.");
        }
    }

    private static ImportRefusedException malformed(String message) {
        return new ImportRefusedException(Reason.MALFORMED, message);
    }

}
