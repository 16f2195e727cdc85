package app.journal.webui.view.account;

import app.journal.webui.api.JournalApiException;
import app.journal.webui.api.account.ImportSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * "Import a journal": choose a Journal export (the JSON file or the Markdown zip); the {@link Upload}'s own
 * progress bar shows how far the file has come. Once it is here (a temporary file of this tier, never whole
 * in memory) the API is asked for a preview on the upload's own request: "N entries will be added, M
 * duplicates skipped"; then {@code import-confirm} brings them in (all of them, or, refused, none), and
 * {@code import-result} says what happened. A refused file shows the API's problem in the section's message.
 *
 * @see "docs/decisions/0029-import.md"
 */
final class ImportSection extends AccountSection {

    /** The most the upload takes; the API's own limit (journal.import.max-bytes) refuses what passes here. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    /** Sends a file to the import (the API client's). */
    @FunctionalInterface
    interface Importer {
        ImportSummary send(Path file, boolean zip, boolean dryRun);
    }

    /** What the upload left: the file and the API's preview of it, or why there is none. */
    private record Prepared(Path file, boolean zip, @Nullable ImportSummary preview,
            @Nullable JournalApiException failure) {}

    private final Importer importer;
    private final AtomicReference<Prepared> prepared = new AtomicReference<>();
    private final Paragraph preview = new Paragraph();
    private final Paragraph result = new Paragraph();
    private final Button confirm = new Button("Import");

    ImportSection(Importer importer, Confirmation confirmation, Runnable onSessionEnded) {
        super("import-section", "Import a journal", "Bring in entries from a Journal export: the JSON file or the "
                + "Markdown zip. You see how many entries will be added before anything is; entries you already "
                + "have are skipped.", confirmation, onSessionEnded);
        this.importer = importer;
        // The handler runs on the upload's own request: the preview is asked for there, so the page only shows it.
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            boolean zip = metadata.fileName().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")
                    || "application/zip".equals(metadata.contentType());
            Prepared next;
            try {
                next = new Prepared(file.toPath(), zip, importer.send(file.toPath(), zip, true), null);
            } catch (JournalApiException failure) {
                next = new Prepared(file.toPath(), zip, null, failure);
            }
            discard(prepared.getAndSet(next));
        }));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".json", ".zip", "application/json", "application/zip");
        NativeLabel label = new NativeLabel("Export file (.json or .zip)");
        label.setId("import-upload-label");
        upload.setDropLabel(label);
        upload.addAllFinishedListener(event -> {
            // Ready for the next file (one at a time): the preview below stands for this one.
            upload.clearFileList();
            showPreview();
        });
        upload.addFileRejectedListener(event -> say("That file cannot be imported: " + event.getErrorMessage()));
        preview.setId("import-preview");
        preview.addClassName("account-intro");
        preview.setVisible(false);
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setVisible(false);
        confirm.addClickListener(event -> importNow());
        result.setId("import-result");
        result.addClassName("account-intro");
        result.setVisible(false);
        form.add(upload, preview, confirm, result);
        addDetachListener(event -> discard(prepared.getAndSet(null)));
    }

    private void showPreview() {
        Prepared file = prepared.get();
        result.setVisible(false);
        preview.setVisible(false);
        confirm.setVisible(false);
        if (file == null) {
            return;
        }
        attempt("No import.", () -> {
            if (file.failure() != null) {
                discard(prepared.getAndSet(null));
                throw file.failure();
            }
            return file.preview();
        }, problem -> say("This file cannot be imported. " + problem.getMessage()), summary -> {
            preview.setText(previewText(summary));
            preview.setVisible(true);
            confirm.setVisible(summary.added() > 0);
            confirm.setText(summary.added() == 1 ? "Import 1 entry" : "Import " + summary.added() + " entries");
        });
    }

    private void importNow() {
        Prepared file = prepared.getAndSet(null);
        if (file == null) {
            return;
        }
        confirm.setEnabled(false);
        attempt("No import.", () -> importer.send(file.file(), file.zip(), false), problem -> say(
                "Nothing was imported. " + problem.getMessage()), summary -> {
                    confirm.setVisible(false);
                    preview.setVisible(false);
                    result.setText(plural(summary.added(), "entry", "entries") + " imported"
                            + (summary.duplicates() > 0 ? ", " + plural(summary.duplicates(), "duplicate", "duplicates")
                                    + " skipped." : "."));
                    result.setVisible(true);
                });
        confirm.setEnabled(true);
        discard(file);
    }

    static String previewText(ImportSummary summary) {
        return plural(summary.entries(), "entry", "entries") + " in the file: "
                + plural(summary.added(), "entry", "entries") + " will be added, "
                + plural(summary.duplicates(), "duplicate", "duplicates") + " skipped.";
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static void discard(@Nullable Prepared file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file.file());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
