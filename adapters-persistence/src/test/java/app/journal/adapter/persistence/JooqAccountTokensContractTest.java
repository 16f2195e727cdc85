package app.journal.adapter.persistence;

import app.journal.adapter.persistence.testing.MigratedDatabase;
import app.journal.application.port.out.AccountTokens;
import app.journal.application.port.out.Users;
import app.journal.application.testing.AccountTokensContract;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The link-token contract on a real, migrated PostgreSQL. */
class JooqAccountTokensContractTest extends AccountTokensContract {

    @RegisterExtension
    static final MigratedDatabase db = new MigratedDatabase("jooq_account_tokens");

    @Override
    protected AccountTokens tokens() {
        return new JooqAccountTokens(db.dsl(), Clock.systemUTC());
    }

    @Override
    protected Users users() {
        return new JooqUsers(db.dsl());
    }
}
