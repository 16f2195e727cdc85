package app.journal.adapter.persistence;

import static app.journal.adapter.persistence.Timestamps.fromDb;
import static app.journal.adapter.persistence.Timestamps.fromDbOrNull;
import static app.journal.adapter.persistence.Timestamps.toDb;
import static app.journal.adapter.persistence.jooq.Tables.RECOVERY_CODES;
import static app.journal.adapter.persistence.jooq.Tables.USER_TOTP;

import app.journal.adapter.persistence.jooq.tables.records.UserTotpRecord;
import app.journal.application.port.out.TwoStepFactors;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The TOTP factor in {@code user_totp} and the recovery codes in {@code recovery_codes} (V9). Every use is
 * one guarded statement: taking a time step is a compare-and-set on {@code last_used_step}, spending a code
 * an {@code UPDATE ... WHERE used_at IS NULL}; of two requests racing with the same code, the second waits
 * for the first, re-checks the guard on the changed row and takes nothing. The sealed secret is stored and
 * returned byte for byte; this adapter never sees it in the clear. Joins the caller's transaction.
 *
 * @see "docs/decisions/0015-totp-and-recovery-codes.md"
 */
public final class JooqTwoStepFactors implements TwoStepFactors {

    private final DSLContext dsl;

    public JooqTwoStepFactors(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    /** One upsert whose update is guarded by {@code confirmed_at IS NULL}: a confirmed factor is never replaced. */
    @Override
    public boolean beginEnrolment(UserId userId, byte[] sealedSecret, Instant now) {
        return dsl.insertInto(USER_TOTP)
                .set(USER_TOTP.USER_ID, userId.value())
                .set(USER_TOTP.SECRET_SEALED, sealedSecret.clone())
                .set(USER_TOTP.LAST_USED_STEP, -1L)
                .set(USER_TOTP.CREATED_AT, toDb(now))
                .onConflict(USER_TOTP.USER_ID)
                .doUpdate()
                .set(USER_TOTP.SECRET_SEALED, DSL.excluded(USER_TOTP.SECRET_SEALED))
                .set(USER_TOTP.CREATED_AT, DSL.excluded(USER_TOTP.CREATED_AT))
                .set(USER_TOTP.LAST_USED_STEP, -1L)
                .where(USER_TOTP.CONFIRMED_AT.isNull())
                .execute() == 1;
    }

    @Override
    public Optional<Factor> find(UserId userId) {
        return dsl.selectFrom(USER_TOTP)
                .where(USER_TOTP.USER_ID.eq(userId.value()))
                .fetchOptional()
                .map(JooqTwoStepFactors::toFactor);
    }

    @Override
    public boolean confirm(UserId userId, long step, Instant now) {
        return dsl.update(USER_TOTP)
                .set(USER_TOTP.CONFIRMED_AT, toDb(now))
                .set(USER_TOTP.LAST_USED_STEP, step)
                .where(USER_TOTP.USER_ID.eq(userId.value()), USER_TOTP.CONFIRMED_AT.isNull())
                .execute() == 1;
    }

    @Override
    public boolean useStep(UserId userId, long step) {
        return dsl.update(USER_TOTP)
                .set(USER_TOTP.LAST_USED_STEP, step)
                .where(USER_TOTP.USER_ID.eq(userId.value()), USER_TOTP.CONFIRMED_AT.isNotNull(),
                        USER_TOTP.LAST_USED_STEP.lt(step))
                .execute() == 1;
    }

    /** One statement: the codes are deleted in a CTE, the factor by the main DELETE, which says what it was. */
    @Override
    public boolean remove(UserId userId) {
        var codes = DSL.name("codes").as(dsl.deleteFrom(RECOVERY_CODES)
                .where(RECOVERY_CODES.USER_ID.eq(userId.value()))
                .returningResult(RECOVERY_CODES.USER_ID));
        return dsl.with(codes)
                .delete(USER_TOTP)
                .where(USER_TOTP.USER_ID.eq(userId.value()))
                .returningResult(USER_TOTP.CONFIRMED_AT)
                .fetchOptional()
                .map(row -> row.value1() != null)
                .orElse(false);
    }

    /**
     * Two statements, so run it in the caller's unit of work: the first locks the account's factor row
     * ({@code SELECT ... FOR UPDATE}); the second, in one statement, deletes every code not in the new set
     * and inserts the new set (a digest already there is made fresh and unused again). Inside one
     * transaction the lock makes two replacements for one account run one after the other, and the later
     * one's statement sees (and deletes) the earlier one's codes: exactly one set is left. Outside a
     * transaction the lock is released at once and two racing replacements may leave both sets.
     */
    @Override
    public void replaceRecoveryCodes(UserId userId, List<String> digests, Instant now) {
        UUID user = userId.value();
        dsl.select(USER_TOTP.USER_ID).from(USER_TOTP).where(USER_TOTP.USER_ID.eq(user)).forUpdate().fetch();
        String[] fresh = new LinkedHashSet<>(digests).toArray(String[]::new);
        if (fresh.length == 0) {
            dsl.deleteFrom(RECOVERY_CODES).where(RECOVERY_CODES.USER_ID.eq(user)).execute();
            return;
        }
        var gone = DSL.name("gone").as(dsl.deleteFrom(RECOVERY_CODES)
                .where(RECOVERY_CODES.USER_ID.eq(user), RECOVERY_CODES.CODE_DIGEST.ne(DSL.all(fresh)))
                .returningResult(RECOVERY_CODES.USER_ID));
        var insert = dsl.with(gone).insertInto(RECOVERY_CODES,
                RECOVERY_CODES.USER_ID, RECOVERY_CODES.CODE_DIGEST, RECOVERY_CODES.CREATED_AT, RECOVERY_CODES.USED_AT);
        for (String digest : fresh) {
            insert = insert.values(user, digest, toDb(now), null);
        }
        insert.onConflict(RECOVERY_CODES.USER_ID, RECOVERY_CODES.CODE_DIGEST)
                .doUpdate()
                .set(RECOVERY_CODES.CREATED_AT, DSL.excluded(RECOVERY_CODES.CREATED_AT))
                .setNull(RECOVERY_CODES.USED_AT)
                .execute();
    }

    @Override
    public List<String> unusedRecoveryCodes(UserId userId) {
        return dsl.select(RECOVERY_CODES.CODE_DIGEST)
                .from(RECOVERY_CODES)
                .where(RECOVERY_CODES.USER_ID.eq(userId.value()), RECOVERY_CODES.USED_AT.isNull())
                .orderBy(RECOVERY_CODES.CODE_DIGEST)
                .fetch(RECOVERY_CODES.CODE_DIGEST);
    }

    @Override
    public boolean spendRecoveryCode(UserId userId, String digest, Instant now) {
        return dsl.update(RECOVERY_CODES)
                .set(RECOVERY_CODES.USED_AT, toDb(now))
                .where(RECOVERY_CODES.USER_ID.eq(userId.value()), RECOVERY_CODES.CODE_DIGEST.eq(digest),
                        RECOVERY_CODES.USED_AT.isNull())
                .execute() == 1;
    }

    private static Factor toFactor(UserTotpRecord row) {
        return new Factor(new UserId(row.getUserId()), row.getSecretSealed(), fromDbOrNull(row.getConfirmedAt()),
                row.getLastUsedStep(), fromDb(row.getCreatedAt()));
    }
}
