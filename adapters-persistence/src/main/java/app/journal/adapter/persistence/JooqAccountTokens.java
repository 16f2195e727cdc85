package app.journal.adapter.persistence;

import static app.journal.adapter.persistence.Timestamps.fromDb;
import static app.journal.adapter.persistence.Timestamps.toDb;
import static app.journal.adapter.persistence.jooq.Tables.ACCOUNT_TOKENS;

import app.journal.adapter.persistence.jooq.tables.records.AccountTokensRecord;
import app.journal.application.port.out.AccountTokens;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Link tokens in {@code account_tokens}, by hash. Storing is one upsert on (user, purpose), so a newer
 * link replaces the older in one statement; spending is one {@code DELETE ... RETURNING}, so of two
 * concurrent uses exactly one gets the grant. Joins the caller's transaction (a reset spends its link in
 * its unit of work).
 *
 * @see "docs/decisions/0007-account-link-tokens.md"
 */
public final class JooqAccountTokens implements AccountTokens {

    private final DSLContext dsl;
    private final Clock clock;

    public JooqAccountTokens(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void store(UserId userId, Purpose purpose, TokenHash hash, EmailAddress email, Instant expiresAt) {
        dsl.insertInto(ACCOUNT_TOKENS)
                .set(ACCOUNT_TOKENS.USER_ID, userId.value())
                .set(ACCOUNT_TOKENS.PURPOSE, purpose.code())
                .set(ACCOUNT_TOKENS.TOKEN_HASH, hash.hex())
                .set(ACCOUNT_TOKENS.EMAIL, email.value())
                .set(ACCOUNT_TOKENS.EXPIRES_AT, toDb(expiresAt))
                .set(ACCOUNT_TOKENS.CREATED_AT, toDb(clock.instant()))
                .onConflict(ACCOUNT_TOKENS.USER_ID, ACCOUNT_TOKENS.PURPOSE)
                .doUpdate()
                .set(ACCOUNT_TOKENS.TOKEN_HASH, hash.hex())
                .set(ACCOUNT_TOKENS.EMAIL, email.value())
                .set(ACCOUNT_TOKENS.EXPIRES_AT, toDb(expiresAt))
                .set(ACCOUNT_TOKENS.CREATED_AT, toDb(clock.instant()))
                .execute();
    }

    @Override
    public Optional<Grant> find(TokenHash hash, Purpose purpose, Instant now) {
        return dsl.selectFrom(ACCOUNT_TOKENS)
                .where(ACCOUNT_TOKENS.TOKEN_HASH.eq(hash.hex()), ACCOUNT_TOKENS.PURPOSE.eq(purpose.code()),
                        ACCOUNT_TOKENS.EXPIRES_AT.gt(toDb(now)))
                .fetchOptional()
                .map(JooqAccountTokens::toGrant);
    }

    @Override
    public Optional<Grant> spend(TokenHash hash, Purpose purpose, Instant now) {
        return dsl.deleteFrom(ACCOUNT_TOKENS)
                .where(ACCOUNT_TOKENS.TOKEN_HASH.eq(hash.hex()), ACCOUNT_TOKENS.PURPOSE.eq(purpose.code()),
                        ACCOUNT_TOKENS.EXPIRES_AT.gt(toDb(now)))
                .returning()
                .fetchOptional()
                .map(JooqAccountTokens::toGrant);
    }

    @Override
    public int voidAll(UserId userId, Set<Purpose> purposes) {
        if (purposes.isEmpty()) {
            return 0;
        }
        return dsl.deleteFrom(ACCOUNT_TOKENS)
                .where(ACCOUNT_TOKENS.USER_ID.eq(userId.value()),
                        ACCOUNT_TOKENS.PURPOSE.in(purposes.stream().map(Purpose::code).toList()))
                .execute();
    }

    @Override
    public int purgeExpired(Instant cutoff) {
        return dsl.deleteFrom(ACCOUNT_TOKENS).where(ACCOUNT_TOKENS.EXPIRES_AT.lt(toDb(cutoff))).execute();
    }

    private static Grant toGrant(AccountTokensRecord row) {
        return new Grant(new UserId(row.getUserId()), new EmailAddress(row.getEmail()), fromDb(row.getExpiresAt()));
    }
}
