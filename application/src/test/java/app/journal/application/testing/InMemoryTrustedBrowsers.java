package app.journal.application.testing;

import static app.journal.application.testing.StorageTime.micros;

import app.journal.application.port.out.AccountTokens.TokenHash;
import app.journal.application.port.out.TrustedBrowsers;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link TrustedBrowsers} in a map, behaving like the jOOQ adapter (see {@code TrustedBrowsersContract}):
 * one mark per token hash, unexpired only, an account's marks newest first. Every method is
 * {@code synchronized}.
 */
public final class InMemoryTrustedBrowsers implements TrustedBrowsers {

    private static final Comparator<TrustedBrowser> NEWEST_FIRST = Comparator
            .comparing(TrustedBrowser::createdAt)
            .thenComparing(TrustedBrowser::id, StorageTime.UUID_ORDER)
            .reversed();

    private final Map<UUID, TrustedBrowser> marks = new LinkedHashMap<>();

    @Override
    public synchronized void add(TrustedBrowser browser) {
        if (marks.containsKey(browser.id())
                || marks.values().stream().anyMatch(mark -> mark.hash().equals(browser.hash()))) {
            throw new IllegalStateException("duplicate key: a trusted browser with this id or hash exists");
        }
        marks.put(browser.id(), new TrustedBrowser(browser.id(), browser.userId(), browser.hash(), browser.device(),
                micros(browser.createdAt()), micros(browser.expiresAt())));
    }

    @Override
    public synchronized Optional<TrustedBrowser> find(TokenHash hash, Instant now) {
        return marks.values().stream()
                .filter(mark -> mark.hash().equals(hash) && mark.expiresAt().isAfter(now))
                .findFirst();
    }

    @Override
    public synchronized List<TrustedBrowser> of(UserId userId, Instant now) {
        return marks.values().stream()
                .filter(mark -> mark.userId().equals(userId) && mark.expiresAt().isAfter(now))
                .sorted(NEWEST_FIRST)
                .toList();
    }

    @Override
    public synchronized boolean remove(UserId userId, UUID id) {
        TrustedBrowser mark = marks.get(id);
        if (mark == null || !mark.userId().equals(userId)) {
            return false;
        }
        marks.remove(id);
        return true;
    }

    @Override
    public synchronized int voidAll(UserId userId) {
        int before = marks.size();
        marks.values().removeIf(mark -> mark.userId().equals(userId));
        return before - marks.size();
    }

    @Override
    public synchronized int purgeExpired(Instant cutoff) {
        int before = marks.size();
        marks.values().removeIf(mark -> mark.expiresAt().isBefore(cutoff));
        return before - marks.size();
    }

    /** Every stored mark, in insertion order: for assertions in tests. */
    public synchronized List<TrustedBrowser> all() {
        return List.copyOf(marks.values());
    }
}
