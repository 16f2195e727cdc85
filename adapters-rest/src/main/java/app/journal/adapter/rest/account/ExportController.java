package app.journal.adapter.rest.account;

import app.journal.adapter.rest.security.JournalPrincipal;
import app.journal.application.port.in.mfa.ConfirmationGate;
import app.journal.application.port.in.journal.ExportJournal;
import app.journal.domain.InvalidValueException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/me/export}: every entry of the account as one download, JSON or a zip of Markdown
 * files. Written straight to the response while the entries are read page by page, so neither the
 * journal nor the file is ever whole in memory. Synchronous on purpose (not an async
 * StreamingResponseBody): a large journal to a slow client must not run into the async request timeout.
 */
@RestController
class ExportController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final ExportJournal exportJournal;
    private final ConfirmationGate confirmations;
    private final Clock clock;

    ExportController(ExportJournal exportJournal, ConfirmationGate confirmations, Clock clock) {
        this.exportJournal = exportJournal;
        this.confirmations = confirmations;
        this.clock = clock;
    }

    @GetMapping(value = "/api/me/export", produces = {"application/json", "application/zip"})
    @Operation(summary = "Every entry of the account, oldest first: format=json (default) or markdown (a zip). "
            + "Needs a confirmed session (POST /api/me/confirm), else 403 reauthentication-required")
    void export(@AuthenticationPrincipal JournalPrincipal caller,
            @RequestParam(defaultValue = "json") String format, HttpServletResponse response) throws IOException {
        var session = caller.accountSession();
        if (!format.equals("json") && !format.equals("markdown")) {
            throw new InvalidValueException("format", "'format' must be 'json' or 'markdown'.");
        }
        // The whole journal in one file: only for a session that confirmed it is its person just now.
        confirmations.require(caller.userId(), session);
        var email = exportJournal.accountEmail(caller.userId())
                .orElseThrow(app.journal.application.port.in.session.RevokeSession.SessionNotFoundException::new);
        var now = clock.instant();
        boolean json = format.equals("json");
        response.setStatus(200);
        response.setContentType(json ? "application/json" : "application/zip");
        if (json) {
            response.setCharacterEncoding("UTF-8");
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"journal-export-"
                + DAY.format(now) + (json ? ".json" : ".zip") + "\"");
        try (var out = response.getOutputStream()) {
            if (json) {
                JsonExport.write(out, email, now, sink -> exportJournal.forEachEntry(caller.userId(), sink));
            } else {
                MarkdownExport.write(out, sink -> exportJournal.forEachEntry(caller.userId(), sink));
            }
        }
    }
}
