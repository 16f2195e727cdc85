package app.journal.adapter.persistence;

import app.journal.adapter.persistence.testing.TestDatabase;
import app.journal.application.port.out.UserSessions;
import app.journal.application.port.out.Users;
import app.journal.application.testing.UserSessionsContract;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The sessions contract on a real, migrated PostgreSQL (one database for the class). The concurrent
 * rotation test here is the one that proves the guarded UPDATE: eight connections race on one row.
 */
class JooqUserSessionsContractTest extends UserSessionsContract {

    private static TestDatabase database;
    private static DSLContext dsl;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabase.create("jooq_user_sessions");
        database.migrate();
        dsl = DSL.using(database.dataSource(), SQLDialect.POSTGRES);
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected UserSessions userSessions() {
        return new JooqUserSessions(dsl);
    }

    @Override
    protected Users users() {
        return new JooqUsers(dsl);
    }
}
