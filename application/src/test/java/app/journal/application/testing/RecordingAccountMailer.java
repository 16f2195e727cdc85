package app.journal.application.testing;

import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountMailKind;
import app.journal.application.port.out.AccountMailer;
import app.journal.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Keeps every queued mail, in order, for service tests (less what was withdrawn). */
public final class RecordingAccountMailer implements AccountMailer {

    private final List<AccountMail> queued = new ArrayList<>();

    @Override
    public synchronized void queue(AccountMail mail) {
        queued.add(mail);
    }

    /** Like the outbox: what is withdrawn is no longer among {@link #queued()}. */
    @Override
    public synchronized int withdraw(UserId userId, Set<AccountMailKind> kinds) {
        int before = queued.size();
        queued.removeIf(mail -> userId.equals(mail.userId()) && kinds.contains(AccountMailKind.of(mail)));
        return before - queued.size();
    }

    public synchronized List<AccountMail> queued() {
        return List.copyOf(queued);
    }

    public synchronized <T extends AccountMail> List<T> queued(Class<T> kind) {
        return queued.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    public synchronized void clear() {
        queued.clear();
    }
}
