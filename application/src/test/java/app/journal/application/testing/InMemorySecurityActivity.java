package app.journal.application.testing;

import static app.journal.application.testing.StorageTime.micros;

import app.journal.application.port.Page;
import app.journal.application.port.PageRequest;
import app.journal.application.port.out.SecurityActivity;
import app.journal.domain.activity.AccountActivity;
import app.journal.domain.activity.ActivityId;
import app.journal.domain.activity.ActivityKind;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** {@link SecurityActivity} in a list, behaving like the jOOQ adapter (see {@code SecurityActivityContract}). */
public final class InMemorySecurityActivity implements SecurityActivity {

    private static final Comparator<AccountActivity> NEWEST_FIRST = Comparator
            .comparing(AccountActivity::at)
            .thenComparing(row -> row.id().value(), StorageTime.UUID_ORDER)
            .reversed();

    private final List<AccountActivity> rows = new ArrayList<>();
    /** The refused-sign-in row of each (user, window). */
    private final Map<String, ActivityId> windows = new HashMap<>();

    @Override
    public synchronized void record(AccountActivity activity) {
        if (rows.stream().anyMatch(row -> row.id().equals(activity.id()))) {
            throw new IllegalStateException("duplicate key: activity " + activity.id());
        }
        rows.add(stored(activity));
    }

    @Override
    public synchronized void countRefusedSignIn(UserId userId, Instant windowStart, Instant at, String device,
            @Nullable String clientIp) {
        var key = userId + "@" + micros(windowStart);
        var id = windows.get(key);
        if (id == null) {
            var row = new AccountActivity(ActivityId.random(), userId, at, ActivityKind.SIGN_IN_REFUSED, device,
                    clientIp, null, 1, false);
            windows.put(key, row.id());
            rows.add(stored(row));
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            if (row.id().equals(id)) {
                rows.set(i, new AccountActivity(id, userId, micros(at), row.kind(), device, clientIp, null,
                        row.count() + 1, false));
            }
        }
    }

    @Override
    public synchronized SignInHistory signInHistory(UserId userId, String device) {
        var signIns = rows.stream()
                .filter(row -> row.userId().equals(userId) && row.kind() == ActivityKind.SIGNED_IN)
                .toList();
        if (signIns.isEmpty()) {
            return SignInHistory.FIRST_SIGN_IN;
        }
        return signIns.stream().anyMatch(row -> row.device().equals(device))
                ? SignInHistory.KNOWN_DEVICE
                : SignInHistory.NEW_DEVICE;
    }

    @Override
    public synchronized Page<AccountActivity> page(UserId userId, Instant since, PageRequest request) {
        var mine = rows.stream()
                .filter(row -> row.userId().equals(userId) && !row.at().isBefore(micros(since)))
                .sorted(NEWEST_FIRST)
                .toList();
        var items = mine.stream().skip(request.offset()).limit(request.size()).toList();
        return new Page<>(items, request.page(), request.size(), mine.size());
    }

    @Override
    public synchronized int purgeOlderThan(Instant cutoff) {
        var old = rows.stream().filter(row -> row.at().isBefore(micros(cutoff))).toList();
        rows.removeAll(old);
        windows.values().removeIf(id -> old.stream().anyMatch(row -> row.id().equals(id)));
        return old.size();
    }

    /** Every row, in the order written: for assertions. */
    public synchronized List<AccountActivity> all() {
        return List.copyOf(rows);
    }

    public synchronized List<AccountActivity> of(ActivityKind kind) {
        return rows.stream().filter(row -> row.kind() == kind).toList();
    }

    private static AccountActivity stored(AccountActivity row) {
        return new AccountActivity(row.id(), row.userId(), micros(row.at()), row.kind(), row.device(), row.clientIp(),
                row.sessionId(), row.count(), row.newDevice());
    }
}
