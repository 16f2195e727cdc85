package app.journal.application.testing;

import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountMailer;
import java.util.ArrayList;
import java.util.List;

/** Keeps every queued mail, in order, for service tests. */
public final class RecordingAccountMailer implements AccountMailer {

    private final List<AccountMail> queued = new ArrayList<>();

    @Override
    public synchronized void queue(AccountMail mail) {
        queued.add(mail);
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
