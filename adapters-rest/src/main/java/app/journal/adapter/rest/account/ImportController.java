package app.journal.adapter.rest.account;

import app.journal.adapter.rest.security.ClientAddresses;
import app.journal.adapter.rest.security.JournalPrincipal;
import app.journal.application.port.in.ClientInfo;
import app.journal.application.port.in.journal.ImportJournal;
import app.journal.application.port.in.journal.ImportJournal.ImportCommand;
import app.journal.application.port.in.journal.ImportJournal.ImportSource;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/me/import}: the body is an export file (the JSON one, or the Markdown zip), sent as it
 * is, not as a form. The body is first copied to a temporary file (bounded by
 * {@code journal.import.max-bytes}, never whole in memory), so that the one transaction of the import
 * never waits on a slow client; then it is read twice at most: the use case streams it entry by entry.
 *
 * @see "docs/decisions/0029-import.md"
 */
@RestController
class ImportController {

    private final ImportJournal importJournal;
    private final ClientAddresses clientAddresses;
    private final long maxInflatedBytes;

    ImportController(ImportJournal importJournal, ClientAddresses clientAddresses, ImportLimits limits) {
        this.importJournal = importJournal;
        this.clientAddresses = clientAddresses;
        this.maxInflatedBytes = limits.maxInflatedBytes();
    }

    @PostMapping(value = "/api/me/import", consumes = {"application/json", "application/zip"})
    @Operation(summary = "Imports a Journal export (the JSON file as application/json, or the Markdown zip as "
            + "application/zip): adds its entries in one unit of work, skips those already here (same id, or same "
            + "title and creation time); dryRun=true only counts. A malformed file is a 400 "
            + "urn:journal:problem:import-* and nothing is imported")
    ResponseEntity<ImportResponse> importJournal(@AuthenticationPrincipal JournalPrincipal caller,
            @RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest http) throws IOException {
        var session = caller.accountSession();
        var zip = MediaType.parseMediaType(http.getContentType()).isCompatibleWith(MediaType.parseMediaType("application/zip"));
        Path file = Files.createTempFile("journal-import-", zip ? ".zip" : ".json");
        try {
            try (var out = Files.newOutputStream(file)) {
                http.getInputStream().transferTo(out);
            }
            ImportSource source = zip ? MarkdownImport.source(() -> open(file), maxInflatedBytes)
                    : JsonImport.source(() -> open(file));
            var summary = importJournal.importEntries(new ImportCommand(caller.userId(), session, source, dryRun,
                    new ClientInfo(http.getHeader(HttpHeaders.USER_AGENT), clientAddresses.of(http))));
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(ImportResponse.from(summary));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
