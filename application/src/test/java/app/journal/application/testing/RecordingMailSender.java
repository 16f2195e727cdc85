package app.journal.application.testing;

import app.journal.application.port.out.MailSender;
import app.journal.application.port.out.OutgoingMail;
import java.util.ArrayList;
import java.util.List;

/** Keeps every mail it is given; {@link #failing(boolean)} makes it refuse them like an SMTP server that is down. */
public final class RecordingMailSender implements MailSender {

    private final List<OutgoingMail> sent = new ArrayList<>();
    private boolean failing;

    @Override
    public synchronized void send(OutgoingMail mail) {
        if (failing) {
            throw new IllegalStateException("SMTP server unreachable (test)");
        }
        sent.add(mail);
    }

    public synchronized void failing(boolean failing) {
        this.failing = failing;
    }

    public synchronized List<OutgoingMail> sent() {
        return List.copyOf(sent);
    }
}
