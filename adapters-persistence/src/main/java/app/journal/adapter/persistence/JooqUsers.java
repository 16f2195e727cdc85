package app.journal.adapter.persistence;

import static app.journal.adapter.persistence.Timestamps.fromDb;
import static app.journal.adapter.persistence.Timestamps.fromDbOrNull;
import static app.journal.adapter.persistence.Timestamps.toDb;
import static app.journal.adapter.persistence.Timestamps.toDbOrNull;
import static app.journal.adapter.persistence.jooq.Tables.USERS;

import app.journal.adapter.persistence.jooq.tables.records.UsersRecord;
import app.journal.application.port.out.Users;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.PasswordHash;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

/** Accounts in {@code users}; the database enforces one account per (normalised) email. */
public final class JooqUsers implements Users {

    private final DSLContext dsl;

    public JooqUsers(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<User> findById(UserId id) {
        return dsl.selectFrom(USERS)
                .where(USERS.ID.eq(id.value()))
                .fetchOptional()
                .map(JooqUsers::toDomain);
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return dsl.selectFrom(USERS)
                .where(USERS.EMAIL.eq(email.value()))
                .fetchOptional()
                .map(JooqUsers::toDomain);
    }

    @Override
    public boolean addIfEmailFree(User user) {
        // ON CONFLICT (email) only: a clash on the id is a bug and still fails loudly.
        return dsl.insertInto(USERS)
                .set(USERS.ID, user.id().value())
                .set(USERS.EMAIL, user.email().value())
                .set(USERS.PASSWORD_HASH, user.passwordHash() == null ? null : user.passwordHash().value())
                .set(USERS.EMAIL_VERIFIED_AT, toDbOrNull(user.emailVerifiedAt()))
                .set(USERS.ROLES, RolesJson.write(user.roles()))
                .set(USERS.DISABLED_AT, toDbOrNull(user.disabledAt()))
                .set(USERS.CREATED_AT, toDb(user.createdAt()))
                .set(USERS.UPDATED_AT, toDb(user.updatedAt()))
                .onConflict(USERS.EMAIL)
                .doNothing()
                .execute() == 1;
    }

    @Override
    public boolean markVerified(UserId id, Instant now) {
        return dsl.update(USERS)
                .set(USERS.EMAIL_VERIFIED_AT, toDb(now))
                .set(USERS.UPDATED_AT, toDb(now))
                .where(USERS.ID.eq(id.value()), USERS.EMAIL_VERIFIED_AT.isNull())
                .execute() == 1;
    }

    @Override
    public void changePasswordHash(UserId id, PasswordHash hash, Instant now) {
        dsl.update(USERS)
                .set(USERS.PASSWORD_HASH, hash.value())
                .set(USERS.UPDATED_AT, toDb(now))
                .where(USERS.ID.eq(id.value()))
                .execute();
    }

    @Override
    public void changeEmail(UserId id, EmailAddress email, Instant now) {
        try {
            dsl.update(USERS)
                    .set(USERS.EMAIL, email.value())
                    .set(USERS.EMAIL_VERIFIED_AT, org.jooq.impl.DSL.coalesce(USERS.EMAIL_VERIFIED_AT, toDb(now)))
                    .set(USERS.UPDATED_AT, toDb(now))
                    .where(USERS.ID.eq(id.value()))
                    .execute();
        } catch (RuntimeException e) {
            // users_email_uk: another account has (or, racing, just took) the address. The statement
            // failed, so in a transaction the whole unit must roll back; the exception says so. Read by
            // SQLSTATE, since jOOQ's exception may arrive translated (Spring Boot's jOOQ does that).
            if (isUniqueViolation(e)) {
                throw new EmailTakenException();
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean changeRoles(UserId id, java.util.Set<app.journal.domain.user.Role> roles, Instant now) {
        return dsl.update(USERS)
                .set(USERS.ROLES, RolesJson.write(roles))
                .set(USERS.UPDATED_AT, toDb(now))
                .where(USERS.ID.eq(id.value()))
                .execute() == 1;
    }

    @Override
    public boolean changeDisabled(UserId id, @org.jspecify.annotations.Nullable Instant disabledAt, Instant now) {
        return dsl.update(USERS)
                .set(USERS.DISABLED_AT, toDbOrNull(disabledAt))
                .set(USERS.UPDATED_AT, toDb(now))
                .where(USERS.ID.eq(id.value()),
                        disabledAt == null ? USERS.DISABLED_AT.isNotNull() : USERS.DISABLED_AT.isNull())
                .execute() == 1;
    }

    @Override
    public void signedIn(UserId id, Instant now) {
        // Not updated_at: a sign-in does not change the account.
        dsl.update(USERS).set(USERS.LAST_SIGN_IN_AT, toDb(now)).where(USERS.ID.eq(id.value())).execute();
    }

    @Override
    public boolean delete(UserId id) {
        return dsl.deleteFrom(USERS).where(USERS.ID.eq(id.value())).execute() == 1;
    }

    static User toDomain(UsersRecord row) {
        return new User(
                new UserId(row.getId()),
                new EmailAddress(row.getEmail()),
                row.getPasswordHash() == null ? null : new PasswordHash(row.getPasswordHash()),
                fromDbOrNull(row.getEmailVerifiedAt()),
                RolesJson.read(row.getRoles()),
                fromDbOrNull(row.getDisabledAt()),
                fromDb(row.getCreatedAt()),
                fromDb(row.getUpdatedAt()));
    }
}
