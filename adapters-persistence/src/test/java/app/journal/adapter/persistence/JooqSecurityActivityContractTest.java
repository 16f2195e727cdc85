package app.journal.adapter.persistence;

import app.journal.adapter.persistence.testing.MigratedDatabase;
import app.journal.application.port.out.SecurityActivity;
import app.journal.application.port.out.Users;
import app.journal.application.testing.SecurityActivityContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The activity contract on a real, migrated PostgreSQL: the refused-sign-in race runs on eight connections. */
class JooqSecurityActivityContractTest extends SecurityActivityContract {

    @RegisterExtension
    static final MigratedDatabase db = new MigratedDatabase("jooq_security_activity");

    @Override
    protected SecurityActivity securityActivity() {
        return new JooqSecurityActivity(db.dsl());
    }

    @Override
    protected Users users() {
        return new JooqUsers(db.dsl());
    }
}
