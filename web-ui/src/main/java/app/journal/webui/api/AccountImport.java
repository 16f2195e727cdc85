package app.journal.webui.api;

import app.journal.webui.api.account.ImportSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * {@code POST /api/me/import}, streamed: the uploaded file is sent from its temporary file as it is read,
 * never whole in memory, on the client meant for downloads (a long read timeout: a large import takes a
 * while), with the same bearer renewal as every signed-in call.
 *
 * @see "docs/decisions/0029-import.md"
 */
final class AccountImport {

    private final RestClient client;

    AccountImport(RestClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * @param zip whether the file is the Markdown zip (else the JSON export)
     * @throws ApiProblemException   the API's refusal (a malformed file, too many entries, too large)
     * @throws SessionEndedException the sign-in ended
     */
    ImportSummary send(Path file, boolean zip, boolean dryRun) {
        Objects.requireNonNull(file, "file");
        return ApiCalls.call(() -> client.post()
                .uri(uri -> uri.path("/api/me/import").queryParam("dryRun", dryRun).build())
                .contentType(zip ? MediaType.parseMediaType("application/zip") : MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .body(out -> Files.copy(file, out))
                .retrieve()
                .body(ImportSummary.class));
    }
}
