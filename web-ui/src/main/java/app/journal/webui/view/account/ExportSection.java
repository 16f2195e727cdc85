package app.journal.webui.view.account;

import app.journal.webui.api.ApiProblemException;
import app.journal.webui.api.account.ExportFormat;
import app.journal.webui.api.account.ExportSink;
import app.journal.webui.api.JournalApiException;
import app.journal.webui.api.SessionEndedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import app.journal.webui.view.Toasts;

/**
 * "Export": every entry as one download, JSON or Markdown files in a zip. The export needs "confirm it's
 * you", and a download cannot stop halfway to ask: so each button ({@code export-json},
 * {@code export-markdown}) first checks that this session is confirmed (asking when it is not), then
 * starts the download of a hidden link whose handler streams the API's answer on to the browser as it
 * arrives ({@code DownloadHandler}): this tier never holds a whole journal, and the person never downloads
 * an error. The handler runs on the download's own request, without the session's lock; the file's name
 * and type are the API's.
 *
 * @see "docs/decisions/0008-export-streamed-through-the-web-tier.md"
 */
final class ExportSection extends AccountSection {

    private static final Logger LOG = LoggerFactory.getLogger(ExportSection.class);

    /** Streams the export in a format to a sink (the API client's export). */
    @FunctionalInterface
    interface Export extends BiConsumer<ExportFormat, ExportSink> {
    }

    /**
     * @param confirmed throws {@code ReauthenticationRequired} unless this session is confirmed for a while yet
     */
    ExportSection(Export export, Runnable confirmed, Confirmation confirmation, Runnable onSessionEnded) {
        super("export-section", "Export your journal", "Download every entry: one JSON file, or a zip with one "
                + "Markdown file per entry. You confirm it's you first.", confirmation, onSessionEnded);
        form.addClassName("account-downloads");
        form.add(download("export-json", "Download as JSON", ExportFormat.JSON, export, confirmed),
                download("export-markdown", "Download as Markdown (zip)", ExportFormat.MARKDOWN, export, confirmed));
    }

    private Button download(String id, String text, ExportFormat format, Export export, Runnable confirmed) {
        DownloadHandler handler = event -> download(event, format, export);
        Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, text);
        link.setId(id + "-link");
        // Hidden by style, not by setVisible: an invisible component's link would not reach the browser.
        link.getStyle().set("display", "none");
        link.getElement().setAttribute("aria-hidden", "true");
        link.getElement().setAttribute("tabindex", "-1");
        Button button = new Button(text, e -> attempt("No export.", () -> {
            confirmed.run();
            return Boolean.TRUE;
        }, problem -> say("No export. " + problem.getMessage()), ready -> link.getElement().executeJs("this.click()")));
        button.setId(id);
        button.addClassName("account-download");
        form.add(link);
        return button;
    }

    private static void download(DownloadEvent event, ExportFormat format, Export export) {
        boolean[] started = {false};
        try {
            export.accept(format, (contentType, fileName) -> {
                started[0] = true;
                event.setContentType(contentType);
                event.setFileName(fileName);
                event.getResponse().setHeader("Cache-Control", "no-store");
                return event.getOutputStream();
            });
        } catch (SessionEndedException ended) {
            refuse(event, started[0], 401, "Your session has ended. Sign in again to export your journal.");
        } catch (ApiProblemException problem) {
            refuse(event, started[0], problem.status() >= 500 ? 502 : problem.status(),
                    "No export: " + problem.getMessage());
        } catch (JournalApiException | UncheckedIOException failure) {
            // Also a browser that went away mid-download.
            LOG.info("An export did not complete: {}", failure.getMessage());
            refuse(event, started[0], 502, "The export did not complete. " + failure.getMessage());
        }
    }

    /**
     * Tells the person on the page why there is no file, and the browser too when the download has not
     * started yet (once it has, its status is sent: the broken transfer is all the browser can see).
     */
    private static void refuse(DownloadEvent event, boolean started, int status, String text) {
        UI ui = event.getUI();
        if (ui != null) {
            ui.access(() -> Toasts.error(text));
        }
        if (started) {
            return;
        }
        try {
            event.getResponse().setStatus(status);
            event.setContentType("text/plain;charset=UTF-8");
            event.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | IllegalStateException gone) {
            LOG.debug("Could not tell the browser why there is no export", gone);
        }
    }
}
