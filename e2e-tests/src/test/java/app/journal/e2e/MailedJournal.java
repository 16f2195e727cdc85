package app.journal.e2e;

import app.journal.adapter.persistence.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One packaged Journal with accounts on, a real SMTP server it delivers to (the outbox polled every 500 ms),
 * its database and one Chromium, shared by the browser tests that need nothing more (the account
 * lifecycle, devices, two-step verification, administrators): started by the first of them, closed when the test JVM
 * ends. Each test makes its own accounts, so they do not see each other's data.
 */
final class MailedJournal {

    /** The address the configuration makes an administrator at its next sign-in; only AdminWebIT registers it. */
    static final String ADMIN_EMAIL = "first-admin@example.org";

    private static MailedJournal shared;

    final TestDatabase database;
    final Mailbox mailbox;
    final JournalApp app;
    final Chromium chromium;
    final String site;

    private MailedJournal(TestDatabase database, Mailbox mailbox, JournalApp app, Chromium chromium) {
        this.database = database;
        this.mailbox = mailbox;
        this.app = app;
        this.chromium = chromium;
        this.site = "http://localhost:" + app.port();
    }

    static synchronized MailedJournal get() {
        if (shared == null) {
            shared = start();
            MailedJournal started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "mailed-journal-stop"));
        }
        return shared;
    }

    private static MailedJournal start() {
        TestDatabase database = TestDatabase.create("e2e_mailed");
        Mailbox mailbox = null;
        JournalApp app = null;
        try {
            mailbox = Mailbox.start();
            Mailbox delivery = mailbox;
            TestTokenKeys keys = TestTokenKeys.generate();
            app = JournalApp.start("mailed", database, port -> {
                List<String> args = new ArrayList<>(AccountsArguments.of("http://localhost:" + port, delivery, keys));
                // The outbox worker looks for mail every 5 s by default; the suites wait for many mails.
                args.add("--journal.mail.delivery.poll-interval=500ms");
                // The first administrator is named in the configuration (issue 17); AdminWebIT registers it.
                args.add("--journal.admin.emails=" + ADMIN_EMAIL);
                return args;
            }, Map.of());
            return new MailedJournal(database, mailbox, app, Chromium.launch());
        } catch (RuntimeException failed) {
            Resources.closeInOrder(app, mailbox, database);
            throw failed;
        }
    }

    private void close() {
        Resources.closeInOrder(chromium, app, mailbox, database);
    }
}
