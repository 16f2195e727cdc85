package app.journal.adapter.persistence;

import static app.journal.application.testing.Racers.race;
import static org.assertj.core.api.Assertions.assertThat;

import app.journal.adapter.persistence.testing.MigratedDatabase;
import app.journal.application.port.out.TwoStepFactors;
import app.journal.application.port.out.Users;
import app.journal.application.testing.TwoStepFactorsContract;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The factor contract on a real, migrated PostgreSQL; the racing tests there are the ones that prove the
 * compare-and-set statements (eight connections on one row). Here also: what the row holds, and the
 * replacement of a set of codes inside units of work.
 */
class JooqTwoStepFactorsContractTest extends TwoStepFactorsContract {

    @RegisterExtension
    static final MigratedDatabase db = new MigratedDatabase("jooq_two_step_factors");

    @Override
    protected TwoStepFactors factors() {
        return new JooqTwoStepFactors(db.dsl());
    }

    @Override
    protected Users users() {
        return new JooqUsers(db.dsl());
    }

    @Test
    void the_row_holds_exactly_the_sealed_bytes_it_was_given() throws Exception {
        UserId ada = enabled("ada", 7);
        byte[] secret = sealed();
        factors.remove(ada);
        factors.beginEnrolment(ada, secret, Instant.parse("2026-03-01T09:00:00Z"));

        byte[] stored;
        try (var c = db.database().dataSource().getConnection();
                var select = c.prepareStatement("SELECT secret_sealed FROM user_totp WHERE user_id = ?")) {
            select.setObject(1, ada.value());
            try (var rs = select.executeQuery()) {
                assertThat(rs.next()).isTrue();
                stored = rs.getBytes(1);
            }
        }

        assertThat(stored).containsExactly(secret);
    }

    @Test
    void racing_replacements_in_units_of_work_leave_exactly_one_set() throws Exception {
        UserId ada = enabled("ada", 7);
        factors.replaceRecoveryCodes(ada, digests(10), Instant.parse("2026-03-01T09:00:00Z"));
        var round = new AtomicInteger();

        List<List<String>> sets = race(() -> {
            List<String> set = digests(10);
            db.dsl().transaction(unit -> new JooqTwoStepFactors(DSL.using(unit))
                    .replaceRecoveryCodes(ada, set, Instant.parse("2026-03-01T09:00:00Z").plusSeconds(round.incrementAndGet())));
            return set;
        });

        List<String> left = factors.unusedRecoveryCodes(ada);
        assertThat(left).hasSize(10);
        assertThat(sets).anySatisfy(set -> assertThat(left).containsExactlyInAnyOrderElementsOf(set));
    }
}
