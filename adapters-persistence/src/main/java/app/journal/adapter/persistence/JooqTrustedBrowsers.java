package app.journal.adapter.persistence;

import static app.journal.adapter.persistence.Timestamps.fromDb;
import static app.journal.adapter.persistence.Timestamps.toDb;
import static app.journal.adapter.persistence.jooq.Tables.TRUSTED_BROWSERS;

import app.journal.adapter.persistence.jooq.tables.records.TrustedBrowsersRecord;
import app.journal.application.port.out.AccountTokens.TokenHash;
import app.journal.application.port.out.TrustedBrowsers;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Trusted-browser marks in {@code trusted_browsers} (V9), by token hash; a mark is void the moment its row
 * is deleted. Joins the caller's transaction (a change of credentials voids them in its unit of work).
 */
public final class JooqTrustedBrowsers implements TrustedBrowsers {

    private final DSLContext dsl;

    public JooqTrustedBrowsers(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public void add(TrustedBrowser browser) {
        dsl.insertInto(TRUSTED_BROWSERS)
                .set(TRUSTED_BROWSERS.ID, browser.id())
                .set(TRUSTED_BROWSERS.USER_ID, browser.userId().value())
                .set(TRUSTED_BROWSERS.TOKEN_HASH, browser.hash().hex())
                .set(TRUSTED_BROWSERS.DEVICE, browser.device())
                .set(TRUSTED_BROWSERS.CREATED_AT, toDb(browser.createdAt()))
                .set(TRUSTED_BROWSERS.EXPIRES_AT, toDb(browser.expiresAt()))
                .execute();
    }

    @Override
    public Optional<TrustedBrowser> find(TokenHash hash, Instant now) {
        return dsl.selectFrom(TRUSTED_BROWSERS)
                .where(TRUSTED_BROWSERS.TOKEN_HASH.eq(hash.hex()), TRUSTED_BROWSERS.EXPIRES_AT.gt(toDb(now)))
                .fetchOptional()
                .map(JooqTrustedBrowsers::toDomain);
    }

    @Override
    public List<TrustedBrowser> of(UserId userId, Instant now) {
        return dsl.selectFrom(TRUSTED_BROWSERS)
                .where(TRUSTED_BROWSERS.USER_ID.eq(userId.value()), TRUSTED_BROWSERS.EXPIRES_AT.gt(toDb(now)))
                .orderBy(TRUSTED_BROWSERS.CREATED_AT.desc(), TRUSTED_BROWSERS.ID.desc())
                .fetch(JooqTrustedBrowsers::toDomain);
    }

    @Override
    public boolean remove(UserId userId, UUID id) {
        return dsl.deleteFrom(TRUSTED_BROWSERS)
                .where(TRUSTED_BROWSERS.ID.eq(id), TRUSTED_BROWSERS.USER_ID.eq(userId.value()))
                .execute() == 1;
    }

    @Override
    public int voidAll(UserId userId) {
        return dsl.deleteFrom(TRUSTED_BROWSERS).where(TRUSTED_BROWSERS.USER_ID.eq(userId.value())).execute();
    }

    @Override
    public int purgeExpired(Instant cutoff) {
        return dsl.deleteFrom(TRUSTED_BROWSERS).where(TRUSTED_BROWSERS.EXPIRES_AT.lt(toDb(cutoff))).execute();
    }

    private static TrustedBrowser toDomain(TrustedBrowsersRecord row) {
        return new TrustedBrowser(row.getId(), new UserId(row.getUserId()), new TokenHash(row.getTokenHash()),
                row.getDevice(), fromDb(row.getCreatedAt()), fromDb(row.getExpiresAt()));
    }
}
