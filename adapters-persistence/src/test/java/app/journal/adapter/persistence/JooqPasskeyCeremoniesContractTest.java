package app.journal.adapter.persistence;

import app.journal.adapter.persistence.testing.MigratedDatabase;
import app.journal.application.port.out.PasskeyCeremonies;
import app.journal.application.port.out.Users;
import app.journal.application.testing.PasskeyCeremoniesContract;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The ceremony contract on a real, migrated PostgreSQL: its races on eight connections, and "another node" is
 * an adapter on a data source of its own.
 */
class JooqPasskeyCeremoniesContractTest extends PasskeyCeremoniesContract {

    @RegisterExtension
    static final MigratedDatabase db = new MigratedDatabase("jooq_passkey_ceremonies");

    @Override
    protected PasskeyCeremonies ceremonies() {
        return new JooqPasskeyCeremonies(db.dsl());
    }

    @Override
    protected PasskeyCeremonies otherNode() {
        var database = db.database();
        var other = new org.postgresql.ds.PGSimpleDataSource();
        other.setUrl(database.jdbcUrl());
        other.setUser(database.username());
        other.setPassword(database.password());
        return new JooqPasskeyCeremonies(DSL.using(other, SQLDialect.POSTGRES));
    }

    @Override
    protected Users users() {
        return new JooqUsers(db.dsl());
    }
}
