package app.journal.adapter.persistence;

import static app.journal.adapter.persistence.Timestamps.fromDb;
import static app.journal.adapter.persistence.Timestamps.fromDbOrNull;
import static app.journal.adapter.persistence.Timestamps.toDb;
import static app.journal.adapter.persistence.jooq.Tables.PASSKEYS;
import static app.journal.adapter.persistence.jooq.Tables.PASSKEY_USER_HANDLES;

import app.journal.adapter.persistence.jooq.tables.records.PasskeysRecord;
import app.journal.application.port.out.Passkeys;
import app.journal.domain.passkey.CredentialId;
import app.journal.domain.passkey.Passkey;
import app.journal.domain.passkey.PasskeyName;
import app.journal.domain.passkey.UserHandle;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Passkeys in {@code passkeys} and user handles in {@code passkey_user_handles} (V10). The credential id is
 * the primary key, so adding one that any account has already is refused by the database; a use is one
 * compare-and-set on the stored counter. Joins the caller's transaction.
 */
public final class JooqPasskeys implements Passkeys {

    private final DSLContext dsl;

    public JooqPasskeys(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public UserHandle userHandleOf(UserId userId) {
        // Insert-if-absent, then read: two racing first calls both read the row the winner wrote.
        dsl.insertInto(PASSKEY_USER_HANDLES)
                .set(PASSKEY_USER_HANDLES.USER_ID, userId.value())
                .set(PASSKEY_USER_HANDLES.HANDLE, UserHandle.random().bytes())
                .onConflictDoNothing()
                .execute();
        return UserHandle.of(dsl.select(PASSKEY_USER_HANDLES.HANDLE).from(PASSKEY_USER_HANDLES)
                .where(PASSKEY_USER_HANDLES.USER_ID.eq(userId.value()))
                .fetchSingle(PASSKEY_USER_HANDLES.HANDLE));
    }

    @Override
    public Optional<UserId> ownerOf(UserHandle handle) {
        return dsl.select(PASSKEY_USER_HANDLES.USER_ID).from(PASSKEY_USER_HANDLES)
                .where(PASSKEY_USER_HANDLES.HANDLE.eq(handle.bytes()))
                .fetchOptional(PASSKEY_USER_HANDLES.USER_ID)
                .map(UserId::new);
    }

    @Override
    public boolean add(Passkey passkey) {
        return dsl.insertInto(PASSKEYS)
                .set(PASSKEYS.CREDENTIAL_ID, passkey.id().bytes())
                .set(PASSKEYS.USER_ID, passkey.userId().value())
                .set(PASSKEYS.NAME, passkey.name().value())
                .set(PASSKEYS.PUBLIC_KEY_COSE, passkey.publicKeyCose())
                .set(PASSKEYS.SIGNATURE_COUNT, passkey.signatureCount())
                .set(PASSKEYS.AAGUID, passkey.aaguid())
                .set(PASSKEYS.TRANSPORTS, passkey.transports().stream().sorted().toArray(String[]::new))
                .set(PASSKEYS.BACKUP_ELIGIBLE, passkey.backupEligible())
                .set(PASSKEYS.BACKED_UP, passkey.backedUp())
                .set(PASSKEYS.USER_VERIFIED, passkey.userVerified())
                .set(PASSKEYS.CREATED_AT, toDb(passkey.createdAt()))
                .set(PASSKEYS.LAST_USED_AT, Timestamps.toDbOrNull(passkey.lastUsedAt()))
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public List<Passkey> of(UserId userId) {
        return dsl.selectFrom(PASSKEYS)
                .where(PASSKEYS.USER_ID.eq(userId.value()))
                .orderBy(PASSKEYS.CREATED_AT, PASSKEYS.CREDENTIAL_ID)
                .fetch(JooqPasskeys::toDomain);
    }

    @Override
    public int count(UserId userId) {
        return dsl.fetchCount(PASSKEYS, PASSKEYS.USER_ID.eq(userId.value()));
    }

    @Override
    public Optional<Passkey> find(CredentialId id) {
        return dsl.selectFrom(PASSKEYS).where(PASSKEYS.CREDENTIAL_ID.eq(id.bytes())).fetchOptional()
                .map(JooqPasskeys::toDomain);
    }

    @Override
    public boolean recordUse(CredentialId id, long expectedSignatureCount, long signatureCount, boolean backedUp,
            Instant now) {
        return dsl.update(PASSKEYS)
                .set(PASSKEYS.SIGNATURE_COUNT, signatureCount)
                .set(PASSKEYS.BACKED_UP, backedUp)
                .set(PASSKEYS.LAST_USED_AT, toDb(now))
                .where(PASSKEYS.CREDENTIAL_ID.eq(id.bytes()), PASSKEYS.SIGNATURE_COUNT.eq(expectedSignatureCount))
                .execute() == 1;
    }

    @Override
    public boolean rename(UserId userId, CredentialId id, PasskeyName name) {
        return dsl.update(PASSKEYS)
                .set(PASSKEYS.NAME, name.value())
                .where(PASSKEYS.CREDENTIAL_ID.eq(id.bytes()), PASSKEYS.USER_ID.eq(userId.value()))
                .execute() == 1;
    }

    @Override
    public Optional<Passkey> remove(UserId userId, CredentialId id) {
        return dsl.deleteFrom(PASSKEYS)
                .where(PASSKEYS.CREDENTIAL_ID.eq(id.bytes()), PASSKEYS.USER_ID.eq(userId.value()))
                .returning()
                .fetchOptional()
                .map(JooqPasskeys::toDomain);
    }

    private static Passkey toDomain(PasskeysRecord row) {
        return new Passkey(CredentialId.of(row.getCredentialId()), new UserId(row.getUserId()),
                new PasskeyName(row.getName()), row.getPublicKeyCose(), row.getSignatureCount(), row.getAaguid(),
                Set.of(row.getTransports()), row.getBackupEligible(), row.getBackedUp(), row.getUserVerified(),
                fromDb(row.getCreatedAt()), fromDbOrNull(row.getLastUsedAt()));
    }
}
