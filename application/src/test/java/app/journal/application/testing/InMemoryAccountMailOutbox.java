package app.journal.application.testing;

import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountMailKind;
import app.journal.application.port.out.AccountMailOutbox;
import app.journal.application.port.out.AccountMailer;
import app.journal.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The outbox in a map, both sides of it: what {@link AccountMailer} queues, {@link AccountMailOutbox} delivers. */
public final class InMemoryAccountMailOutbox implements AccountMailer, AccountMailOutbox {

    private final Clock clock;
    private final Map<UUID, Row> rows = new LinkedHashMap<>();

    public InMemoryAccountMailOutbox(Clock clock) {
        this.clock = clock;
    }

    private record Row(UUID id, AccountMail mail, Instant queuedAt, int attempts, Instant nextAttemptAt,
            String lastFailure) {}

    @Override
    public synchronized void queue(AccountMail mail) {
        var now = clock.instant();
        var id = UUID.randomUUID();
        rows.put(id, new Row(id, mail, now, 0, now, ""));
    }

    @Override
    public synchronized int withdraw(UserId userId, Set<AccountMailKind> kinds) {
        int before = rows.size();
        rows.values().removeIf(row -> userId.equals(row.mail().userId())
                && kinds.contains(AccountMailKind.of(row.mail())));
        return before - rows.size();
    }

    @Override
    public synchronized boolean hold(Claim claim) {
        return holds(claim);
    }

    @Override
    public synchronized List<Claim> claimDue(Instant now, int limit, Instant leaseUntil) {
        var due = rows.values().stream().filter(row -> !row.nextAttemptAt().isAfter(now))
                .sorted(Comparator.comparing(Row::nextAttemptAt)).limit(limit).toList();
        var claims = new ArrayList<Claim>();
        for (var row : due) {
            var claimed = new Row(row.id(), row.mail(), row.queuedAt(), row.attempts() + 1, leaseUntil,
                    row.lastFailure());
            rows.put(row.id(), claimed);
            claims.add(new Claim(row.id(), row.mail(), claimed.attempts(), row.queuedAt()));
        }
        return claims;
    }

    @Override
    public synchronized boolean delivered(Claim claim) {
        return holds(claim) && rows.remove(claim.id()) != null;
    }

    @Override
    public synchronized boolean retryLater(Claim claim, Instant nextAttemptAt, String failure) {
        if (!holds(claim)) {
            return false;
        }
        var row = rows.get(claim.id());
        rows.put(row.id(), new Row(row.id(), row.mail(), row.queuedAt(), row.attempts(), nextAttemptAt, failure));
        return true;
    }

    @Override
    public synchronized boolean giveUp(Claim claim) {
        return delivered(claim);
    }

    @Override
    public synchronized long waiting() {
        return rows.size();
    }

    /** When the mail with this id is due next; fails if it is gone. */
    public synchronized Instant nextAttemptAt(UUID id) {
        return rows.get(id).nextAttemptAt();
    }

    private boolean holds(Claim claim) {
        var row = rows.get(claim.id());
        return row != null && row.attempts() == claim.attempt();
    }
}
