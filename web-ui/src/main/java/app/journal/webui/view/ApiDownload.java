package app.journal.webui.view;

import app.journal.webui.api.ApiProblemException;
import app.journal.webui.api.JournalApiException;
import app.journal.webui.api.SessionEndedException;
import app.journal.webui.api.account.ExportSink;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A download's own request that streams a file the API serves (the journal's export, the audit log's CSV) on to
 * the browser, never held in memory. A refusal is said on the page and, while nothing was sent yet, to the
 * browser too (once the file has started, its status is sent: the broken transfer is all the browser can see).
 */
public final class ApiDownload {

    private static final Logger LOG = LoggerFactory.getLogger(ApiDownload.class);

    private ApiDownload() {}

    /**
     * @param call asks the API for the file, writing it to the sink it is given
     * @param noun what the file is called in messages ("export", "download")
     * @param signInAgainTo what signing in again lets the person do ("export your journal")
     */
    public static void stream(DownloadEvent event, Consumer<ExportSink> call, String noun, String signInAgainTo) {
        boolean[] started = {false};
        try {
            call.accept((contentType, fileName) -> {
                started[0] = true;
                event.setContentType(contentType);
                event.setFileName(fileName);
                event.getResponse().setHeader("Cache-Control", "no-store");
                return event.getOutputStream();
            });
        } catch (SessionEndedException ended) {
            refuse(event, started[0], noun, 401, "Your session has ended. Sign in again to " + signInAgainTo + ".");
        } catch (ApiProblemException problem) {
            refuse(event, started[0], noun, problem.status() >= 500 ? 502 : problem.status(),
                    "No " + noun + ": " + problem.getMessage());
        } catch (JournalApiException | UncheckedIOException failure) {
            // Also a browser that went away mid-download.
            LOG.info("A {} did not complete: {}", noun, failure.getMessage());
            refuse(event, started[0], noun, 502, "The " + noun + " did not complete. " + failure.getMessage());
        }
    }

    private static void refuse(DownloadEvent event, boolean started, String noun, int status, String text) {
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
            LOG.debug("Could not tell the browser why there is no {}", noun, gone);
        }
    }
}
