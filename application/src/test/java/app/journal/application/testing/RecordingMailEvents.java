package app.journal.application.testing;

import app.journal.application.port.out.AccountMailKind;
import app.journal.application.port.out.MailEvents;
import java.util.ArrayList;
import java.util.List;

/** Every mail event, in order, as "sent:verification". */
public final class RecordingMailEvents implements MailEvents {

    private final List<String> events = new ArrayList<>();

    @Override
    public synchronized void queued(AccountMailKind kind) {
        events.add("queued:" + kind.code());
    }

    @Override
    public synchronized void sent(AccountMailKind kind) {
        events.add("sent:" + kind.code());
    }

    @Override
    public synchronized void failed(AccountMailKind kind) {
        events.add("failed:" + kind.code());
    }

    @Override
    public synchronized void undeliverable(AccountMailKind kind) {
        events.add("undeliverable:" + kind.code());
    }

    public synchronized List<String> all() {
        return List.copyOf(events);
    }
}
