package app.journal.webui.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;
import app.journal.webui.api.account.ExportFormat;
import app.journal.webui.api.account.ExportSink;

/**
 * {@code GET /api/me/export}, streamed: the API's answer is copied to the {@link ExportSink} as it
 * arrives, a buffer at a time, so a journal of any size passes through this tier without being held in
 * memory. An HTTP service interface would read the answer into an object (or leave closing it to the
 * caller), so this one call is an explicit {@code exchange} on a client with the same bearer renewal as
 * every signed-in call, and a read timeout meant for a download rather than a click
 * (see {@code WebUiConfiguration}).
 *
 * @see "docs/decisions/0008-export-streamed-through-the-web-tier.md"
 */
final class AccountExport {

    private final RestClient client;

    AccountExport(RestClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * @throws ApiProblemException   the API's refusal; the sink was not opened then
     * @throws SessionEndedException the sign-in ended
     */
    void export(ExportFormat format, ExportSink sink) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sink, "sink");
        ApiCalls.run(() -> client.get()
                .uri(uri -> uri.path("/api/me/export").queryParam("format", format.parameter()).build())
                .accept(MediaType.parseMediaType(format.contentType()), MediaType.APPLICATION_PROBLEM_JSON)
                .exchange((request, response) -> copy(format, response, sink), true));
    }

    private static Void copy(ExportFormat format, ClientHttpResponse response, ExportSink sink) throws IOException {
        if (response.getStatusCode().isError()) {
            throw ProblemDecoding.problemOf(response);
        }
        if (response.getStatusCode().value() != 200) {
            throw new ApiProblemException(502, "Bad answer from the journal service",
                    "The journal service did not send the export.");
        }
        MediaType type = response.getHeaders().getContentType();
        String fileName = fileName(response.getHeaders().getContentDisposition(), format);
        try (InputStream body = response.getBody()) {
            OutputStream out = sink.open(type == null ? format.contentType() : type.toString(), fileName);
            body.transferTo(out);
            out.flush();
        }
        return null;
    }

    /** The API's file name, if it is a plain one; never a path. */
    static String fileName(ContentDisposition disposition, ExportFormat format) {
        String name = disposition.getFilename();
        if (name == null || name.isBlank() || !name.matches("[A-Za-z0-9._-]{1,100}") || name.startsWith(".")) {
            return format.fallbackFileName();
        }
        return name;
    }
}
