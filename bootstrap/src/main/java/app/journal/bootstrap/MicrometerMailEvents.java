package app.journal.bootstrap;

import app.journal.application.port.out.AccountMailKind;
import app.journal.application.port.out.MailEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Account mail, as Prometheus names it: journal_mail_queued_total{kind}, journal_mail_sent_total{kind},
 * journal_mail_failed_total{kind} (failed attempts), journal_mail_undeliverable_total{kind} (given up),
 * and the gauge journal_mail_waiting (rows in the outbox, counted at each scrape).
 */
final class MicrometerMailEvents implements MailEvents {

    private final Map<AccountMailKind, Counter> queued = new EnumMap<>(AccountMailKind.class);
    private final Map<AccountMailKind, Counter> sent = new EnumMap<>(AccountMailKind.class);
    private final Map<AccountMailKind, Counter> failed = new EnumMap<>(AccountMailKind.class);
    private final Map<AccountMailKind, Counter> undeliverable = new EnumMap<>(AccountMailKind.class);

    MicrometerMailEvents(MeterRegistry registry, LongSupplier waiting) {
        for (var kind : AccountMailKind.values()) {
            queued.put(kind, counter(registry, "journal.mail.queued", "Account mails stored in the outbox", kind));
            sent.put(kind, counter(registry, "journal.mail.sent", "Account mails handed to the mail server", kind));
            failed.put(kind, counter(registry, "journal.mail.failed", "Failed attempts to send an account mail", kind));
            undeliverable.put(kind, counter(registry, "journal.mail.undeliverable",
                    "Account mails given up after the last attempt", kind));
        }
        Gauge.builder("journal.mail.waiting", waiting, supplier -> (double) supplier.getAsLong())
                .description("Account mails in the outbox, waiting to be delivered").register(registry);
    }

    private static Counter counter(MeterRegistry registry, String name, String description, AccountMailKind kind) {
        return Counter.builder(name).description(description).tag("kind", kind.code()).register(registry);
    }

    @Override
    public void queued(AccountMailKind kind) {
        queued.get(kind).increment();
    }

    @Override
    public void sent(AccountMailKind kind) {
        sent.get(kind).increment();
    }

    @Override
    public void failed(AccountMailKind kind) {
        failed.get(kind).increment();
    }

    @Override
    public void undeliverable(AccountMailKind kind) {
        undeliverable.get(kind).increment();
    }
}
