package app.journal.adapter.persistence;

import static app.journal.adapter.persistence.Timestamps.fromDb;
import static app.journal.adapter.persistence.Timestamps.toDb;
import static app.journal.adapter.persistence.jooq.Tables.ACCOUNT_MAIL_OUTBOX;

import app.journal.adapter.persistence.jooq.tables.records.AccountMailOutboxRecord;
import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountMailKind;
import app.journal.application.port.out.AccountMailOutbox;
import app.journal.application.port.out.AccountMailer;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * The account mail outbox in {@code account_mail_outbox}, both sides of it.
 *
 * <p>{@link #queue} is one INSERT on the {@link DSLContext} it is given: with Spring Boot's jOOQ
 * (a transaction-aware data source) it joins the caller's transaction, so the mail is stored with the
 * change that causes it or not at all; outside a transaction it commits on its own.
 *
 * <p>{@link #claimDue} is one statement, {@code UPDATE ... WHERE id IN (SELECT ... FOR UPDATE SKIP
 * LOCKED LIMIT n) RETURNING *}: concurrent claimers on any number of nodes skip each other's rows, and
 * the claimed rows are made not due until the lease ends, so no two claimers get one mail. Every
 * report afterwards is guarded by {@code (id, attempts)}: a claimer whose lease ran out and whose mail
 * was claimed again changes nothing.
 *
 * @see "docs/decisions/0005-durable-account-mail.md"
 */
public final class JooqAccountMailOutbox implements AccountMailer, AccountMailOutbox {

    /** Longer failure descriptions are cut: they are for an operator's eyes, not an archive. */
    static final int MAX_ERROR_LENGTH = 1000;

    private final DSLContext dsl;
    private final Clock clock;

    public JooqAccountMailOutbox(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void queue(AccountMail mail) {
        Instant now = clock.instant();
        var row = dsl.newRecord(ACCOUNT_MAIL_OUTBOX);
        row.setId(UUID.randomUUID());
        row.setKind(AccountMailKind.of(mail).code());
        row.setUserId(mail.userId() == null ? null : mail.userId().value());
        row.setRecipient(mail.to().value());
        row.setQueuedAt(toDb(now));
        row.setAttempts(0);
        row.setNextAttemptAt(toDb(now));
        switch (mail) {
            case AccountMail.Verification _ -> { }
            case AccountMail.NewDeviceSignIn n -> {
                row.setOccurredAt(toDb(n.at()));
                row.setDevice(n.device());
                row.setClientIp(n.clientIp());
                row.setSessionId(n.sessionId().value());
            }
            case AccountMail.RefreshTokenReplayed r -> {
                row.setOccurredAt(toDb(r.at()));
                row.setDevice(r.device());
                row.setClientIp(r.clientIp());
                row.setSessionId(r.sessionId().value());
            }
            case AccountMail.OtherDevicesSignedOut o -> {
                row.setOccurredAt(toDb(o.at()));
                row.setDevice(o.device());
                row.setClientIp(o.clientIp());
                row.setSignedOutCount(o.signedOut());
            }
            case AccountMail.PasswordResetLink _, AccountMail.EmailChangeLink _ -> { }
            case AccountMail.PasswordChanged p -> {
                row.setOccurredAt(toDb(p.at()));
                row.setDevice(p.device());
                row.setClientIp(p.clientIp());
                row.setSignedOutCount(p.signedOut());
                row.setViaReset(p.viaReset());
            }
            case AccountMail.EmailChangeRequested r -> {
                row.setOccurredAt(toDb(r.at()));
                row.setDevice(r.device());
                row.setClientIp(r.clientIp());
                row.setNewEmail(r.newEmail().value());
            }
            case AccountMail.EmailChanged e -> {
                row.setOccurredAt(toDb(e.at()));
                row.setDevice(e.device());
                row.setClientIp(e.clientIp());
            }
            case AccountMail.AccountDeleted d -> {
                row.setOccurredAt(toDb(d.at()));
                row.setDevice(d.device());
                row.setClientIp(d.clientIp());
            }
            case AccountMail.TwoStepNotice t -> {
                row.setOccurredAt(toDb(t.at()));
                row.setDevice(t.device());
                row.setClientIp(t.clientIp());
                row.setAmount(t.amount());
            }
            case AccountMail.PasskeyNotice n -> {
                row.setOccurredAt(toDb(n.at()));
                row.setDevice(n.device());
                row.setClientIp(n.clientIp());
            }
            case AccountMail.AdminNotice n -> {
                row.setOccurredAt(toDb(n.at()));
                row.setDevice(n.device());
                row.setClientIp(n.clientIp());
            }
        }
        dsl.insertInto(ACCOUNT_MAIL_OUTBOX).set(row).execute();
    }

    @Override
    public List<Claim> claimDue(Instant now, int limit, Instant leaseUntil) {
        var due = dsl.select(ACCOUNT_MAIL_OUTBOX.ID)
                .from(ACCOUNT_MAIL_OUTBOX)
                .where(ACCOUNT_MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(toDb(now)))
                .orderBy(ACCOUNT_MAIL_OUTBOX.NEXT_ATTEMPT_AT)
                .limit(limit)
                .forUpdate()
                .skipLocked();
        return dsl.update(ACCOUNT_MAIL_OUTBOX)
                .set(ACCOUNT_MAIL_OUTBOX.ATTEMPTS, ACCOUNT_MAIL_OUTBOX.ATTEMPTS.plus(1))
                .set(ACCOUNT_MAIL_OUTBOX.NEXT_ATTEMPT_AT, toDb(leaseUntil))
                .where(ACCOUNT_MAIL_OUTBOX.ID.in(due))
                .returning()
                .fetch()
                .map(JooqAccountMailOutbox::toClaim);
    }

    /** One DELETE; it waits for a delivery that holds one of the rows ({@link #hold}), then deletes it. */
    @Override
    public int withdraw(UserId userId, Set<AccountMailKind> kinds) {
        if (kinds.isEmpty()) {
            return 0;
        }
        return dsl.deleteFrom(ACCOUNT_MAIL_OUTBOX)
                .where(ACCOUNT_MAIL_OUTBOX.USER_ID.eq(userId.value()),
                        ACCOUNT_MAIL_OUTBOX.KIND.in(kinds.stream().map(AccountMailKind::code).toList()))
                .execute();
    }

    /**
     * {@code SELECT ... FOR SHARE}: the row stays locked until the caller's transaction ends, so a
     * {@link #withdraw} (a DELETE) waits for it; a row it already deleted (committed) is not found.
     */
    @Override
    public boolean hold(Claim claim) {
        return dsl.selectOne().from(ACCOUNT_MAIL_OUTBOX).where(held(claim)).forShare().fetchOptional().isPresent();
    }

    @Override
    public boolean delivered(Claim claim) {
        return dsl.deleteFrom(ACCOUNT_MAIL_OUTBOX).where(held(claim)).execute() == 1;
    }

    @Override
    public boolean retryLater(Claim claim, Instant nextAttemptAt, String failure) {
        return dsl.update(ACCOUNT_MAIL_OUTBOX)
                .set(ACCOUNT_MAIL_OUTBOX.NEXT_ATTEMPT_AT, toDb(nextAttemptAt))
                .set(ACCOUNT_MAIL_OUTBOX.LAST_ERROR,
                        failure.length() > MAX_ERROR_LENGTH ? failure.substring(0, MAX_ERROR_LENGTH) : failure)
                .where(held(claim))
                .execute() == 1;
    }

    @Override
    public boolean giveUp(Claim claim) {
        return delivered(claim);
    }

    @Override
    public long waiting() {
        return dsl.fetchCount(ACCOUNT_MAIL_OUTBOX);
    }

    private static Condition held(Claim claim) {
        return ACCOUNT_MAIL_OUTBOX.ID.eq(claim.id()).and(ACCOUNT_MAIL_OUTBOX.ATTEMPTS.eq(claim.attempt()));
    }

    private static Claim toClaim(AccountMailOutboxRecord row) {
        return new Claim(row.getId(), toMail(row), row.getAttempts(), fromDb(row.getQueuedAt()));
    }

    static AccountMail toMail(AccountMailOutboxRecord row) {
        var user = row.getUserId() == null ? null : new UserId(row.getUserId());
        var to = new EmailAddress(row.getRecipient());
        return switch (AccountMailKind.fromCode(row.getKind())) {
            case VERIFICATION -> new AccountMail.Verification(user, to);
            case NEW_DEVICE_SIGN_IN -> new AccountMail.NewDeviceSignIn(user, to, fromDb(row.getOccurredAt()),
                    row.getDevice(), row.getClientIp(), new SessionId(row.getSessionId()));
            case REFRESH_TOKEN_REPLAYED -> new AccountMail.RefreshTokenReplayed(user, to, fromDb(row.getOccurredAt()),
                    row.getDevice(), row.getClientIp(), new SessionId(row.getSessionId()));
            case OTHER_DEVICES_SIGNED_OUT -> new AccountMail.OtherDevicesSignedOut(user, to,
                    fromDb(row.getOccurredAt()), row.getDevice(), row.getClientIp(), row.getSignedOutCount());
            case PASSWORD_RESET_LINK -> new AccountMail.PasswordResetLink(user, to);
            case PASSWORD_CHANGED -> new AccountMail.PasswordChanged(user, to, fromDb(row.getOccurredAt()),
                    row.getDevice(), row.getClientIp(), row.getSignedOutCount(), Boolean.TRUE.equals(row.getViaReset()));
            case EMAIL_CHANGE_LINK -> new AccountMail.EmailChangeLink(user, to);
            case EMAIL_CHANGE_REQUESTED -> new AccountMail.EmailChangeRequested(user, to, fromDb(row.getOccurredAt()),
                    row.getDevice(), row.getClientIp(), new EmailAddress(row.getNewEmail()));
            case EMAIL_CHANGED -> new AccountMail.EmailChanged(user, to, fromDb(row.getOccurredAt()), row.getDevice(),
                    row.getClientIp());
            case ACCOUNT_DELETED -> new AccountMail.AccountDeleted(to, fromDb(row.getOccurredAt()), row.getDevice(),
                    row.getClientIp());
            case TWO_STEP_ENABLED, TWO_STEP_DISABLED, RECOVERY_CODES_GENERATED, RECOVERY_CODE_USED,
                 SECOND_STEP_FAILED_REPEATEDLY -> new AccountMail.TwoStepNotice(user, to,
                    AccountMail.TwoStepTopic.valueOf(AccountMailKind.fromCode(row.getKind()).name()),
                    fromDb(row.getOccurredAt()), row.getDevice(), row.getClientIp(),
                    row.getAmount() == null ? 0 : row.getAmount());
            case PASSKEY_ADDED, PASSKEY_REMOVED, PASSKEY_COUNTER_REGRESSED -> new AccountMail.PasskeyNotice(user, to,
                    AccountMail.PasskeyTopic.valueOf(AccountMailKind.fromCode(row.getKind()).name()),
                    fromDb(row.getOccurredAt()), row.getDevice(), row.getClientIp());
            case ADMIN_DISABLED, ADMIN_ENABLED, ADMIN_RESET_SECOND_FACTOR -> new AccountMail.AdminNotice(user, to,
                    AccountMail.AdminTopic.valueOf(AccountMailKind.fromCode(row.getKind()).name()),
                    fromDb(row.getOccurredAt()), row.getDevice(), row.getClientIp());
        };
    }
}
