package app.journal.adapter.rest.entries;

import app.journal.adapter.rest.markdown.MarkdownRenderer;
import app.journal.adapter.rest.security.JournalPrincipal;
import app.journal.application.port.in.journal.BrowseJournal;
import app.journal.application.port.in.journal.DeleteEntry.DeleteEntryCommand;
import app.journal.application.port.in.journal.DeleteEntry;
import app.journal.application.port.in.journal.EditEntry.EditEntryCommand;
import app.journal.application.port.in.journal.EditEntry;
import app.journal.application.port.in.journal.EntryNotFoundException;
import app.journal.application.port.in.journal.EntryQueries;
import app.journal.application.port.in.journal.SearchJournal;
import app.journal.application.port.in.journal.WriteEntry.WriteEntryCommand;
import app.journal.application.port.in.journal.WriteEntry;
import app.journal.domain.entry.EntryBody;
import app.journal.domain.entry.EntryId;
import app.journal.domain.entry.SearchQuery;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own journal. Someone else's entry is a 404, exactly like one that does not exist. */
@RestController
@RequestMapping("/api/entries")
class EntriesController {

    private final WriteEntry writeEntry;
    private final EditEntry editEntry;
    private final DeleteEntry deleteEntry;
    private final EntryQueries entryQueries;
    private final MarkdownRenderer markdown;
    private final BrowseJournal browseJournal;
    private final SearchJournal searchJournal;
    private final Clock clock;

    EntriesController(WriteEntry writeEntry, EditEntry editEntry, DeleteEntry deleteEntry, EntryQueries entryQueries,
            MarkdownRenderer markdown, BrowseJournal browseJournal, SearchJournal searchJournal, Clock clock) {
        this.writeEntry = writeEntry;
        this.editEntry = editEntry;
        this.deleteEntry = deleteEntry;
        this.entryQueries = entryQueries;
        this.markdown = markdown;
        this.browseJournal = browseJournal;
        this.searchJournal = searchJournal;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The caller's entries, newest first, in keyset pages: pass nextCursor back as cursor. "
            + "Optional from/to (ISO dates, both included) in zone (IANA, default UTC)")
    EntrySliceResponse list(
            @AuthenticationPrincipal JournalPrincipal caller,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String zone) {
        var range = TimeParameters.range(from, to, zone);
        return EntrySliceResponse.from(browseJournal.list(caller.userId(), range, Cursors.entryCursor(cursor), size),
                markdown);
    }

    @GetMapping("/search")
    @Operation(summary = "Full-text search of the caller's entries (websearch grammar: \"phrase\", -word, or; the last "
            + "word matches as a prefix), best first, in keyset pages; title and snippet are text plus highlight ranges")
    SearchResponse search(
            @AuthenticationPrincipal JournalPrincipal caller,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String zone) {
        var query = new SearchQuery(q == null ? "" : q);
        var range = TimeParameters.range(from, to, zone);
        return SearchResponse.from(searchJournal.search(caller.userId(), query, range, Cursors.searchCursor(cursor), size),
                markdown);
    }

    @GetMapping("/on-this-day")
    @Operation(summary = "Entries written on date's month and day (default today) in earlier years, in zone "
            + "(IANA, default UTC), newest first, at most 100")
    OnThisDayResponse onThisDay(
            @AuthenticationPrincipal JournalPrincipal caller,
            @RequestParam(required = false) @Nullable String date,
            @RequestParam(required = false) @Nullable String zone) {
        ZoneId zoneId = TimeParameters.zone(zone);
        LocalDate day = TimeParameters.date("date", date);
        if (day == null) {
            day = LocalDate.now(clock.withZone(zoneId));
        }
        var items = browseJournal.onThisDay(caller.userId(), day, zoneId).stream()
                .map(entry -> EntryResponse.from(entry, markdown)).toList();
        return new OnThisDayResponse(day, zoneId.getId(), items);
    }

    @PostMapping
    @Operation(summary = "Write an entry {title, body}: 201 with the entry, its body also rendered as safe HTML (html)")
    ResponseEntity<EntryResponse> write(
            @AuthenticationPrincipal JournalPrincipal caller, @RequestBody WriteEntryRequest request) {
        var entry = writeEntry.write(new WriteEntryCommand(caller.userId(), request.title(), request.body()));
        return ResponseEntity.created(URI.create("/api/entries/" + entry.id())).body(EntryResponse.from(entry, markdown));
    }

    /**
     * Renders a body being written as its entry will show it, stores nothing. The same limits as an entry's
     * body (a 400 {@code invalid-input} on field {@code body}), and no rate limit, like writing an entry: it reads
     * nothing and writes nothing, and the request size limit bounds its work.
     */
    @PostMapping("/preview")
    @Operation(summary = "Render a body as Markdown without saving it: {body} -> {html}, exactly as an entry's html "
            + "field. Raw HTML is escaped, links get rel=\"noopener noreferrer nofollow\", images are never loaded")
    ResponseEntity<PreviewResponse> preview(@RequestBody PreviewRequest request) {
        var body = new EntryBody(request.body());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new PreviewResponse(markdown.toHtml(body.value())));
    }

    /**
     * {@code /preview} is not an entry id: any other method on it is a 405 (with {@code Allow: POST}), not the
     * 400 "not a UUID" that {@code /{id}} would answer.
     */
    @Hidden
    @RequestMapping(value = "/preview", method = {RequestMethod.GET, RequestMethod.PUT, RequestMethod.DELETE})
    void previewTakesOnlyPost(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
        throw new HttpRequestMethodNotSupportedException(request.getMethod(), List.of("POST"));
    }

    /** As {@link #previewTakesOnlyPost}: {@code /search} and {@code /on-this-day} are read with GET only. */
    @Hidden
    @RequestMapping(value = {"/search", "/on-this-day"}, method = {RequestMethod.PUT, RequestMethod.DELETE})
    void readOnlyPaths(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
        throw new HttpRequestMethodNotSupportedException(request.getMethod(), List.of("GET"));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of the caller's entries, its body as written (body) and rendered (html); else 404")
    EntryResponse read(@AuthenticationPrincipal JournalPrincipal caller, @PathVariable UUID id) {
        var entryId = new EntryId(id);
        return entryQueries.find(caller.userId(), entryId)
                .map(entry -> EntryResponse.from(entry, markdown))
                .orElseThrow(() -> new EntryNotFoundException(entryId));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an entry's title and body: the entry with its html rendered again")
    EntryResponse edit(
            @AuthenticationPrincipal JournalPrincipal caller,
            @PathVariable UUID id,
            @RequestBody EditEntryRequest request) {
        return EntryResponse.from(editEntry.edit(
                new EditEntryCommand(caller.userId(), new EntryId(id), request.title(), request.body())), markdown);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal JournalPrincipal caller, @PathVariable UUID id) {
        deleteEntry.delete(new DeleteEntryCommand(caller.userId(), new EntryId(id)));
        return ResponseEntity.noContent().build();
    }
}
