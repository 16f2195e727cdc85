package app.journal.adapter.persistence;

import static app.journal.adapter.persistence.Timestamps.fromDb;
import static app.journal.adapter.persistence.Timestamps.toDb;
import static app.journal.adapter.persistence.jooq.Tables.PASSKEY_CEREMONIES;

import app.journal.adapter.persistence.jooq.tables.records.PasskeyCeremoniesRecord;
import app.journal.application.port.out.PasskeyCeremonies;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * WebAuthn ceremonies in {@code passkey_ceremonies} (V10). Taking one is a single
 * {@code DELETE ... WHERE id AND kind AND expires_at > now RETURNING}: of any number of nodes finishing the
 * same ceremony, exactly one gets it. Joins the caller's transaction.
 */
public final class JooqPasskeyCeremonies implements PasskeyCeremonies {

    private final DSLContext dsl;

    public JooqPasskeyCeremonies(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public void begin(Ceremony ceremony) {
        dsl.insertInto(PASSKEY_CEREMONIES)
                .set(PASSKEY_CEREMONIES.ID, ceremony.id())
                .set(PASSKEY_CEREMONIES.KIND, code(ceremony.kind()))
                .set(PASSKEY_CEREMONIES.USER_ID, ceremony.userId() == null ? null : ceremony.userId().value())
                .set(PASSKEY_CEREMONIES.SESSION_ID, ceremony.sessionId() == null ? null : ceremony.sessionId().value())
                .set(PASSKEY_CEREMONIES.OPTIONS_JSON, ceremony.optionsJson())
                .set(PASSKEY_CEREMONIES.CREATED_AT, toDb(ceremony.createdAt()))
                .set(PASSKEY_CEREMONIES.EXPIRES_AT, toDb(ceremony.expiresAt()))
                .execute();
    }

    @Override
    public Optional<Ceremony> take(UUID id, Kind kind, Instant now) {
        return dsl.deleteFrom(PASSKEY_CEREMONIES)
                .where(PASSKEY_CEREMONIES.ID.eq(id), PASSKEY_CEREMONIES.KIND.eq(code(kind)),
                        PASSKEY_CEREMONIES.EXPIRES_AT.gt(toDb(now)))
                .returning()
                .fetchOptional()
                .map(JooqPasskeyCeremonies::toDomain);
    }

    @Override
    public int purgeExpired(Instant now) {
        return dsl.deleteFrom(PASSKEY_CEREMONIES).where(PASSKEY_CEREMONIES.EXPIRES_AT.lt(toDb(now))).execute();
    }

    private static String code(Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static Ceremony toDomain(PasskeyCeremoniesRecord row) {
        return new Ceremony(row.getId(), Kind.valueOf(row.getKind().toUpperCase(Locale.ROOT)),
                row.getUserId() == null ? null : new UserId(row.getUserId()),
                row.getSessionId() == null ? null : new SessionId(row.getSessionId()), row.getOptionsJson(),
                fromDb(row.getCreatedAt()), fromDb(row.getExpiresAt()));
    }
}
