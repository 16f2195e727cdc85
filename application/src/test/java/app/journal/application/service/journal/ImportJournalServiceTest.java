package app.journal.application.service.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.application.port.in.ClientInfo;
import app.journal.application.port.in.RateLimitedException;
import app.journal.application.port.in.journal.ImportJournal.ImportCommand;
import app.journal.application.port.in.journal.ImportJournal.ImportSource;
import app.journal.application.port.in.journal.ImportJournal.ImportedEntry;
import app.journal.application.port.in.journal.ImportRefusedException;
import app.journal.application.service.AccountEvents;
import app.journal.application.service.AccountSettings.Rule;
import app.journal.application.testing.FakeDeviceNames;
import app.journal.application.testing.FakeRateLimiter;
import app.journal.application.testing.InMemoryJournalEntries;
import app.journal.application.testing.InMemorySecurityActivity;
import app.journal.application.testing.RecordingAccountMailer;
import app.journal.application.testing.RecordingAuthEvents;
import app.journal.application.testing.RollbackUnitOfWork;
import app.journal.application.testing.TestClock;
import app.journal.domain.activity.ActivityKind;
import app.journal.domain.entry.EntryBody;
import app.journal.domain.entry.EntryId;
import app.journal.domain.entry.EntryTitle;
import app.journal.domain.entry.JournalEntry;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ImportJournalServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final UserId ADA = new UserId(UUID.randomUUID());
    private static final UserId BOB = new UserId(UUID.randomUUID());
    private static final SessionId SESSION = new SessionId(UUID.randomUUID());

    private final TestClock clock = new TestClock(NOW);
    private final InMemoryJournalEntries entries = new InMemoryJournalEntries();
    private final InMemorySecurityActivity activity = new InMemorySecurityActivity();
    private final RecordingAccountMailer mailer = new RecordingAccountMailer();
    private final RollbackUnitOfWork unitOfWork = new RollbackUnitOfWork(entries, activity, mailer);
    private final AccountEvents events = new AccountEvents(activity, mailer, new FakeDeviceNames(), unitOfWork,
            new RecordingAuthEvents());
    private final ImportJournalService service = new ImportJournalService(entries, new FakeRateLimiter(clock),
            new ImportSettings(3000, new Rule(3, Duration.ofHours(1))), events, unitOfWork, clock);

    @Test
    void duplicates_inside_the_file_are_found_across_batches_in_a_dry_run_too() {
        int n = ImportJournalService.BATCH + 10;
        ImportSource twice = sink -> {
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < n; i++) {
                    sink.accept(imported(null, "Entry " + i, NOW.minusSeconds(i)));
                }
            }
        };

        var preview = service.importEntries(new ImportCommand(ADA, SESSION, twice, true, ClientInfo.UNKNOWN));

        assertThat(preview.entries()).isEqualTo(2 * n);
        assertThat(preview.added()).isEqualTo(n);
        assertThat(preview.duplicates()).isEqualTo(n);
        assertThat(entries.all()).isEmpty();
        assertThat(activity.page(ADA, Instant.EPOCH, new app.journal.application.port.PageRequest(0, 10)).items())
                .isEmpty();
    }

    @Test
    void an_id_of_another_account_gets_a_new_id_and_an_own_id_is_a_duplicate_and_one_activity_row_counts_them() {
        var bobs = new JournalEntry(EntryId.random(), BOB, new EntryTitle("Bob's"), new EntryBody(""), NOW, NOW);
        var adas = new JournalEntry(EntryId.random(), ADA, new EntryTitle("Ada's"), new EntryBody(""), NOW, NOW);
        entries.add(bobs);
        entries.add(adas);
        var free = UUID.randomUUID();
        ImportSource file = sink -> {
            sink.accept(imported(bobs.id().value(), "Mine now", NOW.minusSeconds(1)));
            sink.accept(imported(adas.id().value(), "Renamed", NOW.minusSeconds(2)));
            sink.accept(imported(free, "Free id", NOW.minusSeconds(3)));
        };

        var summary = service.importEntries(new ImportCommand(ADA, SESSION, file, false, ClientInfo.UNKNOWN));

        assertThat(summary.added()).isEqualTo(2);
        assertThat(summary.duplicates()).isEqualTo(1);
        assertThat(summary.newIds()).isEqualTo(1);
        assertThat(entries.find(BOB, bobs.id())).contains(bobs);
        assertThat(entries.find(ADA, new EntryId(free))).isPresent();
        assertThat(entries.all()).filteredOn(e -> e.title().value().equals("Mine now")).singleElement()
                .satisfies(e -> assertThat(e.id()).isNotEqualTo(bobs.id()));
        var rows = activity.page(ADA, Instant.EPOCH, new app.journal.application.port.PageRequest(0, 10)).items();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo(ActivityKind.JOURNAL_IMPORTED);
            assertThat(row.count()).isEqualTo(2);
        });
    }

    @Test
    void a_file_refused_after_a_batch_was_written_leaves_nothing_and_imports_are_rate_limited() {
        ImportSource broken = sink -> {
            for (int i = 0; i < ImportJournalService.BATCH + 5; i++) {
                sink.accept(imported(null, "Entry " + i, NOW.minusSeconds(i)));
            }
            throw new ImportRefusedException(ImportRefusedException.Reason.MALFORMED, "cut short");
        };

        assertThatThrownBy(() -> service.importEntries(new ImportCommand(ADA, SESSION, broken, false,
                ClientInfo.UNKNOWN))).isInstanceOf(ImportRefusedException.class);
        assertThat(entries.all()).isEmpty();

        ImportSource empty = sink -> { };
        service.importEntries(new ImportCommand(ADA, SESSION, empty, true, ClientInfo.UNKNOWN));
        service.importEntries(new ImportCommand(ADA, SESSION, empty, true, ClientInfo.UNKNOWN));
        assertThatThrownBy(() -> service.importEntries(new ImportCommand(ADA, SESSION, empty, true,
                ClientInfo.UNKNOWN))).isInstanceOf(RateLimitedException.class);
    }

    private static ImportedEntry imported(UUID id, String title, Instant createdAt) {
        return new ImportedEntry(id, new EntryTitle(title), new EntryBody("body"), createdAt, createdAt);
    }
}
