package app.journal.adapter.persistence.testing;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A throwaway, migrated database for one test class:
 * {@code @RegisterExtension static final MigratedDatabase db = new MigratedDatabase("suite");}.
 */
public final class MigratedDatabase implements BeforeAllCallback, AfterAllCallback {

    private final String suiteName;
    private TestDatabase database;
    private DSLContext dsl;

    public MigratedDatabase(String suiteName) {
        this.suiteName = suiteName;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        database = TestDatabase.create(suiteName);
        database.migrate();
        dsl = DSL.using(database.dataSource(), SQLDialect.POSTGRES);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (database != null) {
            database.close();
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    public TestDatabase database() {
        return database;
    }
}
