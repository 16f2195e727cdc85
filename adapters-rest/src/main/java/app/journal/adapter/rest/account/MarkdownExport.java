package app.journal.adapter.rest.account;

import app.journal.domain.entry.JournalEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The Markdown export: a zip with one {@code <yyyy-MM-dd>-<slug-of-title>-<first 8 of id>.md} per entry
 * (the id part keeps names unique), each a YAML front matter (title, id, created, updated,
 * trailing-newline) and then the body as written. Every file ends with a newline: when the body does not,
 * one is added and {@code trailing-newline: false} says so, so that {@link MarkdownImport} gives back the body
 * exactly (the line came with import, issue 19; files without it are read as if it said false). Streamed
 * entry by entry into the zip.
 */
final class MarkdownExport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final int MAX_SLUG = 60;

    private MarkdownExport() {}

    static void write(OutputStream out, Consumer<Consumer<JournalEntry>> entries) throws IOException {
        var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        try {
            entries.accept(entry -> {
                try {
                    zip.putNextEntry(new ZipEntry(fileName(entry)));
                    zip.write(markdown(entry).getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        zip.finish();
    }

    static String fileName(JournalEntry entry) {
        return DAY.format(entry.createdAt()) + "-" + slug(entry.title().value()) + "-"
                + entry.id().value().toString().substring(0, 8) + ".md";
    }

    static String markdown(JournalEntry entry) {
        return "---\n"
                + "title: " + quoted(entry.title().value()) + "\n"
                + "id: " + entry.id().value() + "\n"
                + "created: " + entry.createdAt() + "\n"
                + "updated: " + entry.updatedAt() + "\n"
                + "trailing-newline: " + entry.body().value().endsWith("\n") + "\n"
                + "---\n\n"
                + entry.body().value()
                + (entry.body().value().endsWith("\n") ? "" : "\n");
    }

    /** Lower-case ASCII letters and digits joined by hyphens; "untitled" when nothing is left. */
    static String slug(String title) {
        var ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        var slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "untitled" : slug;
    }

    /** A YAML double-quoted scalar (JSON string escapes are valid YAML). */
    static String quoted(String value) {
        var out = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
