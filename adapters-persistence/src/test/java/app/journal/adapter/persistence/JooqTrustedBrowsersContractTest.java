package app.journal.adapter.persistence;

import app.journal.adapter.persistence.testing.MigratedDatabase;
import app.journal.application.port.out.TrustedBrowsers;
import app.journal.application.port.out.Users;
import app.journal.application.testing.TrustedBrowsersContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The trusted-browser contract on a real, migrated PostgreSQL. */
class JooqTrustedBrowsersContractTest extends TrustedBrowsersContract {

    @RegisterExtension
    static final MigratedDatabase db = new MigratedDatabase("jooq_trusted_browsers");

    @Override
    protected TrustedBrowsers browsers() {
        return new JooqTrustedBrowsers(db.dsl());
    }

    @Override
    protected Users users() {
        return new JooqUsers(db.dsl());
    }
}
