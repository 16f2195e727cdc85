package app.journal.application.testing;

import static app.journal.application.testing.StorageTime.micros;

import app.journal.application.port.out.AccountTokens;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link AccountTokens} in a list, behaving like the jOOQ adapter (see {@code AccountTokensContract}):
 * one token per (user, purpose), found and spent by hash, unexpired only.
 */
public final class InMemoryAccountTokens implements AccountTokens {

    private record Row(UserId userId, Purpose purpose, TokenHash hash, EmailAddress email, Instant expiresAt) {}

    private final List<Row> rows = new ArrayList<>();

    @Override
    public synchronized void store(UserId userId, Purpose purpose, TokenHash hash, EmailAddress email,
            Instant expiresAt) {
        rows.removeIf(row -> row.userId().equals(userId) && row.purpose() == purpose);
        rows.add(new Row(userId, purpose, hash, email, micros(expiresAt)));
    }

    @Override
    public synchronized Optional<Grant> find(TokenHash hash, Purpose purpose, Instant now) {
        return live(hash, purpose, now).map(row -> new Grant(row.userId(), row.email(), row.expiresAt()));
    }

    @Override
    public synchronized Optional<Grant> spend(TokenHash hash, Purpose purpose, Instant now) {
        var row = live(hash, purpose, now);
        row.ifPresent(rows::remove);
        return row.map(r -> new Grant(r.userId(), r.email(), r.expiresAt()));
    }

    @Override
    public synchronized int voidAll(UserId userId, Set<Purpose> purposes) {
        int before = rows.size();
        rows.removeIf(row -> row.userId().equals(userId) && purposes.contains(row.purpose()));
        return before - rows.size();
    }

    @Override
    public synchronized int purgeExpired(Instant cutoff) {
        int before = rows.size();
        rows.removeIf(row -> row.expiresAt().isBefore(cutoff));
        return before - rows.size();
    }

    /** Every stored hash, for tests that check no token is kept in the clear. */
    public synchronized List<TokenHash> hashes() {
        return rows.stream().map(Row::hash).toList();
    }

    private Optional<Row> live(TokenHash hash, Purpose purpose, Instant now) {
        return rows.stream()
                .filter(row -> row.hash().equals(hash) && row.purpose() == purpose && row.expiresAt().isAfter(now))
                .findFirst();
    }
}
