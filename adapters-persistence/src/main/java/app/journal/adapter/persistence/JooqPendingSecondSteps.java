package app.journal.adapter.persistence;

import static app.journal.adapter.persistence.Timestamps.fromDb;
import static app.journal.adapter.persistence.Timestamps.toDb;
import static app.journal.adapter.persistence.jooq.Tables.PENDING_SECOND_STEPS;

import app.journal.adapter.persistence.jooq.tables.records.PendingSecondStepsRecord;
import app.journal.application.port.out.AccountTokens.TokenHash;
import app.journal.application.port.out.PendingSecondSteps;
import app.journal.domain.session.SessionPersistence;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Pending second sign-in steps in {@code pending_second_steps} (V9), by token hash. Spending is one
 * {@code DELETE ... RETURNING} and counting a wrong code one {@code UPDATE ... RETURNING}, both guarded by
 * the expiry, so of two requests finishing one sign-in exactly one gets it, and no count is lost. Joins
 * the caller's transaction.
 */
public final class JooqPendingSecondSteps implements PendingSecondSteps {

    private final DSLContext dsl;

    public JooqPendingSecondSteps(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public void add(PendingSecondStep pending) {
        dsl.insertInto(PENDING_SECOND_STEPS)
                .set(PENDING_SECOND_STEPS.TOKEN_HASH, pending.hash().hex())
                .set(PENDING_SECOND_STEPS.USER_ID, pending.userId().value())
                .set(PENDING_SECOND_STEPS.PERSISTENCE, code(pending.persistence()))
                .set(PENDING_SECOND_STEPS.USER_AGENT, pending.userAgent())
                .set(PENDING_SECOND_STEPS.CLIENT_IP, pending.clientIp())
                .set(PENDING_SECOND_STEPS.CREATED_AT, toDb(pending.createdAt()))
                .set(PENDING_SECOND_STEPS.EXPIRES_AT, toDb(pending.expiresAt()))
                .set(PENDING_SECOND_STEPS.FAILED_ATTEMPTS, pending.failedAttempts())
                .execute();
    }

    @Override
    public Optional<PendingSecondStep> find(TokenHash hash, Instant now) {
        return dsl.selectFrom(PENDING_SECOND_STEPS)
                .where(PENDING_SECOND_STEPS.TOKEN_HASH.eq(hash.hex()), PENDING_SECOND_STEPS.EXPIRES_AT.gt(toDb(now)))
                .fetchOptional()
                .map(JooqPendingSecondSteps::toDomain);
    }

    @Override
    public Optional<Integer> countFailure(TokenHash hash, Instant now) {
        return dsl.update(PENDING_SECOND_STEPS)
                .set(PENDING_SECOND_STEPS.FAILED_ATTEMPTS, PENDING_SECOND_STEPS.FAILED_ATTEMPTS.plus(1))
                .where(PENDING_SECOND_STEPS.TOKEN_HASH.eq(hash.hex()), PENDING_SECOND_STEPS.EXPIRES_AT.gt(toDb(now)))
                .returningResult(PENDING_SECOND_STEPS.FAILED_ATTEMPTS)
                .fetchOptional()
                .map(row -> row.value1());
    }

    @Override
    public Optional<PendingSecondStep> spend(TokenHash hash, Instant now) {
        return dsl.deleteFrom(PENDING_SECOND_STEPS)
                .where(PENDING_SECOND_STEPS.TOKEN_HASH.eq(hash.hex()), PENDING_SECOND_STEPS.EXPIRES_AT.gt(toDb(now)))
                .returning()
                .fetchOptional()
                .map(JooqPendingSecondSteps::toDomain);
    }

    @Override
    public int voidAll(UserId userId) {
        return dsl.deleteFrom(PENDING_SECOND_STEPS).where(PENDING_SECOND_STEPS.USER_ID.eq(userId.value())).execute();
    }

    @Override
    public int purgeExpired(Instant cutoff) {
        return dsl.deleteFrom(PENDING_SECOND_STEPS).where(PENDING_SECOND_STEPS.EXPIRES_AT.lt(toDb(cutoff))).execute();
    }

    private static String code(SessionPersistence persistence) {
        return persistence.name().toLowerCase(Locale.ROOT);
    }

    private static PendingSecondStep toDomain(PendingSecondStepsRecord row) {
        return new PendingSecondStep(new TokenHash(row.getTokenHash()), new UserId(row.getUserId()),
                SessionPersistence.valueOf(row.getPersistence().toUpperCase(Locale.ROOT)), row.getUserAgent(),
                row.getClientIp(), fromDb(row.getCreatedAt()), fromDb(row.getExpiresAt()), row.getFailedAttempts());
    }
}
