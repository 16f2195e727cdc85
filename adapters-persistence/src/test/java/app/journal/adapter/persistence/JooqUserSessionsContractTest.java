package app.journal.adapter.persistence;

import app.journal.adapter.persistence.testing.MigratedDatabase;
import app.journal.application.port.out.UserSessions;
import app.journal.application.port.out.Users;
import app.journal.application.testing.UserSessionsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sessions contract on a real, migrated PostgreSQL (one database for the class). The concurrent
 * rotation test here is the one that proves the guarded UPDATE: eight connections race on one row.
 */
class JooqUserSessionsContractTest extends UserSessionsContract {

    @RegisterExtension
    static final MigratedDatabase db = new MigratedDatabase("jooq_user_sessions");

    @Override
    protected UserSessions userSessions() {
        return new JooqUserSessions(db.dsl());
    }

    @Override
    protected Users users() {
        return new JooqUsers(db.dsl());
    }
}
