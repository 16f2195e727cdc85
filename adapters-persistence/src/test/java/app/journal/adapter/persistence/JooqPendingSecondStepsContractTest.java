package app.journal.adapter.persistence;

import app.journal.adapter.persistence.testing.MigratedDatabase;
import app.journal.application.port.out.PendingSecondSteps;
import app.journal.application.port.out.Users;
import app.journal.application.testing.PendingSecondStepsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The pending-second-step contract on a real, migrated PostgreSQL (its races on eight connections). */
class JooqPendingSecondStepsContractTest extends PendingSecondStepsContract {

    @RegisterExtension
    static final MigratedDatabase db = new MigratedDatabase("jooq_pending_second_steps");

    @Override
    protected PendingSecondSteps pending() {
        return new JooqPendingSecondSteps(db.dsl());
    }

    @Override
    protected Users users() {
        return new JooqUsers(db.dsl());
    }
}
