package app.journal.application.service.journal;

import app.journal.application.port.in.journal.ImportJournal;
import app.journal.application.port.in.journal.ImportRefusedException;
import app.journal.application.port.out.JournalEntries;
import app.journal.application.port.out.JournalEntries.TitleAt;
import app.journal.application.port.out.RateLimiter;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.service.AccountEvents;
import app.journal.application.service.Throttle;
import app.journal.domain.entry.EntryId;
import app.journal.domain.entry.JournalEntry;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads the file entry by entry and handles it in batches of {@value #BATCH}: one lookup of the batch's
 * ids, one of its (title, time) pairs, one multi-row insert. The whole import is one unit of work, so a
 * file refused half way leaves nothing behind. Memory is bounded by one batch plus a set of what the file
 * held so far (an id and a 64-bit key per entry, for duplicates inside the file).
 *
 * @see "docs/decisions/0029-import.md"
 */
public final class ImportJournalService implements ImportJournal {

    static final int BATCH = 1000;
    /** A batch is also written once its bodies and titles reach this many characters (bodies can be long). */
    static final long BATCH_CHARS = 4_000_000;

    private final JournalEntries entries;
    private final Throttle throttle;
    private final ImportSettings settings;
    private final AccountEvents accountEvents;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ImportJournalService(JournalEntries entries, RateLimiter limiter, ImportSettings settings,
            AccountEvents accountEvents, UnitOfWork unitOfWork, Clock clock) {
        this.entries = entries;
        this.throttle = new Throttle(limiter);
        this.settings = settings;
        this.accountEvents = accountEvents;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public ImportSummary importEntries(ImportCommand command) {
        // Outside the unit of work: a refused attempt stays counted.
        throttle.check("import:" + command.owner().value(), settings.importsPerAccount());
        if (command.dryRun()) {
            return new Run(command).read();
        }
        return unitOfWork.inTransaction(() -> {
            entries.lockImports(command.owner());
            var summary = new Run(command).read();
            if (summary.added() > 0) {
                accountEvents.journalImported(command.owner(), clock.instant(), command.client(), command.session(),
                        summary.added());
            }
            return summary;
        });
    }

    /** One import: its counts, what the file held so far, and the batch being gathered. */
    private final class Run {

        private final ImportCommand command;
        private final List<ImportedEntry> batch = new ArrayList<>(BATCH);
        private final Set<UUID> seenIds = new HashSet<>();
        private final Set<Long> seenKeys = new HashSet<>();
        private long batchChars;
        private int count;
        private int added;
        private int duplicates;
        private int newIds;

        Run(ImportCommand command) {
            this.command = command;
        }

        ImportSummary read() {
            command.source().forEach(entry -> {
                if (++count > settings.maxEntries()) {
                    throw new ImportRefusedException(ImportRefusedException.Reason.TOO_MANY_ENTRIES,
                            "The file holds more than " + settings.maxEntries() + " entries, the most one import "
                                    + "may bring. Split it, or ask the operator to raise journal.import.max-entries.");
                }
                batch.add(normalised(entry));
                batchChars += entry.title().value().length() + entry.body().value().length();
                if (batch.size() == BATCH || batchChars >= BATCH_CHARS) {
                    flush();
                }
            });
            flush();
            return new ImportSummary(count, added, duplicates, newIds, command.dryRun());
        }

        private void flush() {
            if (batch.isEmpty()) {
                return;
            }
            var owner = command.owner();
            var ids = batch.stream().filter(e -> e.id() != null).map(e -> new EntryId(e.id())).toList();
            var idsInUse = ids.isEmpty() ? new JournalEntries.IdsInUse(Set.of(), Set.of())
                    : entries.idsInUse(owner, ids);
            var titlesAtInUse = entries.titlesAtInUse(owner,
                    batch.stream().map(e -> new TitleAt(e.title().value(), e.createdAt())).toList());
            var toAdd = new ArrayList<JournalEntry>(batch.size());
            for (var entry : batch) {
                var key = new TitleAt(entry.title().value(), entry.createdAt());
                var id = entry.id() == null ? null : new EntryId(entry.id());
                boolean duplicate = !seenKeys.add(keyOf(key)) | titlesAtInUse.contains(key)
                        | (id != null && (!seenIds.add(id.value()) || idsInUse.own().contains(id)));
                if (duplicate) {
                    duplicates++;
                    continue;
                }
                if (id == null || idsInUse.others().contains(id)) {
                    // Another account's id is never reused, nor is whether it exists told: the entry gets a new one.
                    newIds += id == null ? 0 : 1;
                    id = EntryId.random();
                }
                toAdd.add(new JournalEntry(id, owner, entry.title(), entry.body(), entry.createdAt(), entry.updatedAt()));
            }
            if (!command.dryRun() && !toAdd.isEmpty()) {
                entries.addAll(toAdd);
            }
            added += toAdd.size();
            batch.clear();
            batchChars = 0;
        }
    }

    /** Times as they are stored (microseconds), so that a second import of the same file finds its entries. */
    private static ImportedEntry normalised(ImportedEntry entry) {
        return new ImportedEntry(entry.id(), entry.title(), entry.body(),
                entry.createdAt().truncatedTo(ChronoUnit.MICROS), entry.updatedAt().truncatedTo(ChronoUnit.MICROS));
    }

    /** A 64-bit key of title and time (FNV-1a): duplicates inside one file without keeping every title. */
    static long keyOf(TitleAt key) {
        long hash = 0xcbf29ce484222325L;
        var title = key.title();
        for (int i = 0; i < title.length(); i++) {
            hash = (hash ^ title.charAt(i)) * 0x100000001b3L;
        }
        hash = (hash ^ key.createdAt().getEpochSecond()) * 0x100000001b3L;
        return (hash ^ key.createdAt().getNano()) * 0x100000001b3L;
    }
}
