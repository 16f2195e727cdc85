package app.journal.bootstrap;

import app.journal.application.port.in.admin.AdminActions;
import app.journal.application.port.out.AdminEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code journal_admin_actions_total{action}}: administrators' actions, committed, by the audit log's action name
 * (every name registered at startup, so a rate over zero is a series, not a gap). The alert rule for bursts of
 * disables and deletions is in deploy/prometheus/.
 */
final class MicrometerAdminEvents implements AdminEvents {

    static final List<String> ACTIONS = List.of(AdminActions.SIGNED_OUT, AdminActions.DISABLED, AdminActions.ENABLED,
            AdminActions.SECOND_FACTOR_RESET, AdminActions.PASSWORD_RESET_MAIL, AdminActions.VERIFICATION_MAIL,
            AdminActions.DELETED, AdminActions.ROLE_GRANTED, AdminActions.ROLE_REVOKED);

    private final Map<String, Counter> counters;

    MicrometerAdminEvents(MeterRegistry registry) {
        counters = ACTIONS.stream().collect(Collectors.toUnmodifiableMap(Function.identity(),
                action -> Counter.builder("journal.admin.actions").description("Administrators' actions")
                        .tag("action", action).register(registry)));
    }

    @Override
    public void acted(String action) {
        var counter = counters.get(action);
        if (counter != null) {
            counter.increment();
        }
    }
}
