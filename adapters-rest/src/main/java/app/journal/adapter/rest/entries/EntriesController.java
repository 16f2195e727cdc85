package app.journal.adapter.rest.entries;

import app.journal.adapter.rest.security.JournalPrincipal;
import app.journal.application.port.in.journal.BrowseJournal;
import app.journal.application.port.in.journal.SearchJournal;
import app.journal.domain.entry.SearchQuery;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import app.journal.application.port.in.journal.DeleteEntry;
import app.journal.application.port.in.journal.DeleteEntry.DeleteEntryCommand;
import app.journal.application.port.in.journal.EditEntry;
import app.journal.application.port.in.journal.EditEntry.EditEntryCommand;
import app.journal.application.port.in.journal.EntryNotFoundException;
import app.journal.application.port.in.journal.EntryQueries;
import app.journal.application.port.in.journal.WriteEntry;
import app.journal.application.port.in.journal.WriteEntry.WriteEntryCommand;
import app.journal.domain.entry.EntryId;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
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
    private final BrowseJournal browseJournal;
    private final SearchJournal searchJournal;
    private final Clock clock;

    EntriesController(WriteEntry writeEntry, EditEntry editEntry, DeleteEntry deleteEntry, EntryQueries entryQueries,
            BrowseJournal browseJournal, SearchJournal searchJournal, Clock clock) {
        this.writeEntry = writeEntry;
        this.editEntry = editEntry;
        this.deleteEntry = deleteEntry;
        this.entryQueries = entryQueries;
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
        return EntrySliceResponse.from(browseJournal.list(caller.userId(), range, Cursors.entryCursor(cursor), size));
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
        return SearchResponse.from(searchJournal.search(caller.userId(), query, range, Cursors.searchCursor(cursor), size));
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
        var items = browseJournal.onThisDay(caller.userId(), day, zoneId).stream().map(EntryResponse::from).toList();
        return new OnThisDayResponse(day, zoneId.getId(), items);
    }

    @PostMapping
    ResponseEntity<EntryResponse> write(
            @AuthenticationPrincipal JournalPrincipal caller, @RequestBody WriteEntryRequest request) {
        var entry = writeEntry.write(new WriteEntryCommand(caller.userId(), request.title(), request.body()));
        return ResponseEntity.created(URI.create("/api/entries/" + entry.id())).body(EntryResponse.from(entry));
    }

    @GetMapping("/{id}")
    EntryResponse read(@AuthenticationPrincipal JournalPrincipal caller, @PathVariable UUID id) {
        var entryId = new EntryId(id);
        return entryQueries.find(caller.userId(), entryId)
                .map(EntryResponse::from)
                .orElseThrow(() -> new EntryNotFoundException(entryId));
    }

    @PutMapping("/{id}")
    EntryResponse edit(
            @AuthenticationPrincipal JournalPrincipal caller,
            @PathVariable UUID id,
            @RequestBody EditEntryRequest request) {
        return EntryResponse.from(editEntry.edit(
                new EditEntryCommand(caller.userId(), new EntryId(id), request.title(), request.body())));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal JournalPrincipal caller, @PathVariable UUID id) {
        deleteEntry.delete(new DeleteEntryCommand(caller.userId(), new EntryId(id)));
        return ResponseEntity.noContent().build();
    }
}
