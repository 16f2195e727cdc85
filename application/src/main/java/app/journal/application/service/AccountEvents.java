package app.journal.application.service;

import app.journal.application.port.in.ClientInfo;
import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountMailer;
import app.journal.application.port.out.AuthEvents;
import app.journal.application.port.out.DeviceNames;
import app.journal.application.port.out.SecurityActivity;
import app.journal.application.port.out.UnitOfWork;
import app.journal.domain.activity.AccountActivity;
import app.journal.domain.activity.ActivityKind;
import app.journal.domain.session.RevokeReason;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What happened to an account, said once. Every use case that changes an account or its sessions says
 * it here: the activity row and, for what changes the person's access, the notice mail, committed
 * together (joining the caller's unit of work when there is one); and, once committed, how many
 * sessions it ended, for the metrics. Nothing else in the application writes activity, queues a notice
 * or counts an ended session.
 *
 * <p>Which writes end a session is not decided here: only {@link app.journal.application.port.out.UserSessions}
 * ends sessions (see its Javadoc), and the database announces every ending to every node.
 *
 * @see "docs/decisions/0020-one-account-event-path.md"
 */
public final class AccountEvents {

    private final SecurityActivity activity;
    private final AccountMailer mailer;
    private final DeviceNames devices;
    private final UnitOfWork unitOfWork;
    private final AuthEvents metrics;

    public AccountEvents(SecurityActivity activity, AccountMailer mailer, DeviceNames devices, UnitOfWork unitOfWork,
            AuthEvents metrics) {
        this.activity = Objects.requireNonNull(activity, "activity");
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.devices = Objects.requireNonNull(devices, "devices");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /** The device in words, as the activity page and the mails name it. */
    public String device(ClientInfo client) {
        return devices.describe(truncate(client.userAgent(), 512));
    }

    /** Records {@code kind} and queues {@code mail} (when not null) in one unit of work. */
    public void happened(UserId userId, ActivityKind kind, Instant at, ClientInfo client, @Nullable SessionId sessionId,
            @Nullable AccountMail mail) {
        var row = AccountActivity.of(userId, at, kind, device(client),
                truncate(client.clientIp(), 64), sessionId);
        unitOfWork.inTransaction(() -> {
            activity.record(row);
            if (mail != null) {
                mailer.queue(mail);
            }
        });
    }

    /** Records {@code kind}, with no mail. */
    public void happened(UserId userId, ActivityKind kind, Instant at, ClientInfo client, @Nullable SessionId sessionId) {
        happened(userId, kind, at, client, sessionId, null);
    }

    /** A journal was imported: one activity row standing for its {@code entries} new entries, no mail. */
    public void journalImported(UserId userId, Instant at, ClientInfo client, SessionId sessionId, int entries) {
        activity.record(new AccountActivity(app.journal.domain.activity.ActivityId.random(), userId, at,
                ActivityKind.JOURNAL_IMPORTED, device(client), truncate(client.clientIp(), 64), sessionId, entries,
                false));
    }

    /** Queues a notice that has no activity row of its own (the account it was about is gone, for one). */
    public void notice(AccountMail mail) {
        mailer.queue(mail);
    }

    /** {@code count} sessions ended (committed) for {@code reason}: counted once each. */
    public void sessionsEnded(int count, RevokeReason reason) {
        for (int i = 0; i < count; i++) {
            metrics.sessionRevoked(reason);
        }
    }

    /** Client-supplied text cut to the column it is stored in. */
    public static @Nullable String truncate(@Nullable String value, int max) {
        if (value == null) {
            return null;
        }
        return value.length() <= max ? value : value.substring(0, max);
    }
}
