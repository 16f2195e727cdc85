package app.journal.webui.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;
import app.journal.webui.api.account.ExportSink;
import app.journal.webui.api.admin.AuditFilter;

/**
 * {@code GET /api/admin/audit.csv}, streamed on as it arrives, like the journal export ({@link AccountExport}):
 * an audit log of any length passes through this tier without being held in memory. The CSV's cells come
 * escaped against formula injection from the API; this tier copies bytes and does not re-encode them.
 *
 * @see "docs/decisions/0008-export-streamed-through-the-web-tier.md"
 */
final class AdminAuditCsv {

    static final String FALLBACK_FILE_NAME = "journal-audit.csv";

    private final RestClient client;

    AdminAuditCsv(RestClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * @throws ApiProblemException   the API's refusal; the sink was not opened then
     * @throws SessionEndedException the sign-in ended
     */
    void download(AuditFilter filter, ExportSink sink) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sink, "sink");
        ApiCalls.run(() -> client.get()
                .uri(uri -> {
                    uri.path("/api/admin/audit.csv");
                    Administration.auditParameters(filter).forEach(uri::queryParam);
                    return uri.build();
                })
                .accept(MediaType.parseMediaType("text/csv"), MediaType.APPLICATION_PROBLEM_JSON)
                .exchange((request, response) -> copy(response, sink), true));
    }

    private static Void copy(ClientHttpResponse response, ExportSink sink) throws IOException {
        if (response.getStatusCode().isError()) {
            throw ProblemDecoding.problemOf(response);
        }
        if (response.getStatusCode().value() != 200) {
            throw new ApiProblemException(502, "Bad answer from the journal service",
                    "The journal service did not send the audit log.");
        }
        String name = response.getHeaders().getContentDisposition().getFilename();
        String fileName = name == null || !name.matches("[A-Za-z0-9._-]{1,100}") || name.startsWith(".")
                ? FALLBACK_FILE_NAME : name;
        try (InputStream body = response.getBody()) {
            OutputStream out = sink.open("text/csv;charset=UTF-8", fileName);
            body.transferTo(out);
            out.flush();
        }
        return null;
    }
}
