package app.journal.application.service;

import app.journal.application.port.in.ClientInfo;
import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountMailer;
import app.journal.application.port.out.DeviceNames;
import app.journal.application.port.out.SecurityActivity;
import app.journal.application.port.out.UnitOfWork;
import app.journal.domain.activity.AccountActivity;
import app.journal.domain.activity.ActivityKind;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What happened to an account, said once: the activity row and, for what changes the person's access, the
 * notice mail, committed together (joining the caller's unit of work when there is one). The two-step
 * use cases say what happened through this; the older ones still wire activity and mail by hand.
 */
public final class AccountEvents {

    private final SecurityActivity activity;
    private final AccountMailer mailer;
    private final DeviceNames devices;
    private final UnitOfWork unitOfWork;

    public AccountEvents(SecurityActivity activity, AccountMailer mailer, DeviceNames devices, UnitOfWork unitOfWork) {
        this.activity = Objects.requireNonNull(activity, "activity");
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.devices = Objects.requireNonNull(devices, "devices");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
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

    /** Client-supplied text cut to the column it is stored in. */
    public static @Nullable String truncate(@Nullable String value, int max) {
        if (value == null) {
            return null;
        }
        return value.length() <= max ? value : value.substring(0, max);
    }
}
