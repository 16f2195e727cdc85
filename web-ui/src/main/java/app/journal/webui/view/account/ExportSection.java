package app.journal.webui.view.account;

import app.journal.webui.api.account.ExportFormat;
import app.journal.webui.api.account.ExportSink;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.function.BiConsumer;
import app.journal.webui.view.ApiDownload;

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
        ApiDownload.stream(event, sink -> export.accept(format, sink), "export", "export your journal");
    }
}
