package app.journal.application.testing;

import app.journal.application.port.Page;
import app.journal.application.port.PageRequest;
import app.journal.application.port.out.AdminAudit;
import app.journal.domain.user.UserId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@link AdminAudit} in a list: append-only like the table (nothing here changes or removes a row), newest first.
 * {@link #failNextRecords()} makes every insert throw from then on, as the database does when the insert fails:
 * for tests that the action around it is rolled back.
 */
public final class InMemoryAdminAudit implements AdminAudit {

    private final List<Entry> rows = new ArrayList<>();
    private boolean failing;

    @Override
    public synchronized void record(Entry entry) {
        if (failing) {
            throw new IllegalStateException("audit insert failed");
        }
        rows.add(entry);
    }

    @Override
    public synchronized Page<Entry> search(Filter filter, PageRequest request) {
        var matching = matching(filter);
        var page = matching.stream().skip(request.offset()).limit(request.size()).toList();
        return new Page<>(page, request.page(), request.size(), matching.size());
    }

    @Override
    public synchronized Optional<Entry> latest(UserId target, String action) {
        return rows.stream().filter(e -> target.equals(e.targetId()) && action.equals(e.action()))
                .max(Comparator.comparing(Entry::at));
    }

    @Override
    public void forEach(Filter filter, Consumer<Entry> sink) {
        matching(filter).forEach(sink);
    }

    public synchronized void failNextRecords() {
        failing = true;
    }

    /** Every row, oldest first: for assertions. */
    public synchronized List<Entry> all() {
        return List.copyOf(rows);
    }

    private synchronized List<Entry> matching(Filter filter) {
        return rows.stream()
                .filter(e -> filter.actor() == null || filter.actor().equalsIgnoreCase(e.actorEmail()))
                .filter(e -> filter.target() == null || filter.target().equalsIgnoreCase(e.targetEmail()))
                .filter(e -> filter.action() == null || filter.action().equals(e.action()))
                .filter(e -> filter.from() == null || !e.at().isBefore(filter.from()))
                .filter(e -> filter.to() == null || e.at().isBefore(filter.to()))
                .sorted(Comparator.comparing(Entry::at).reversed())
                .toList();
    }
}
