package app.journal.application.service.admin;

import app.journal.application.port.Page;
import app.journal.application.port.PageRequest;
import app.journal.application.port.in.account.ActivityQueries;
import app.journal.application.port.in.admin.AdminActions;
import app.journal.application.port.in.admin.AdminCaller;
import app.journal.application.port.in.admin.AdminQueries;
import app.journal.application.port.in.admin.AdminTargetNotFoundException;
import app.journal.application.port.out.AdminAudit;
import app.journal.application.port.out.AdminDirectory;
import app.journal.application.port.out.Passkeys;
import app.journal.application.port.out.TwoStepFactors;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.port.out.UserSessions;
import app.journal.domain.user.UserId;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;

/** Read-only; takes an {@link AdminCaller}, so only a checked administrator reaches it. */
public final class AdminQueryService implements AdminQueries {

    /** How much of the account's activity the account page shows. */
    static final int ACTIVITY_ROWS = 20;

    private final AdminDirectory directory;
    private final AdminAudit audit;
    private final TwoStepFactors factors;
    private final Passkeys passkeys;
    private final UserSessions sessions;
    private final ActivityQueries activity;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final int countLimit;

    public AdminQueryService(AdminDirectory directory, AdminAudit audit, TwoStepFactors factors, Passkeys passkeys,
            UserSessions sessions, ActivityQueries activity, UnitOfWork unitOfWork, AdminSettings settings, Clock clock) {
        this.countLimit = Objects.requireNonNull(settings, "settings").countLimit();
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.factors = Objects.requireNonNull(factors, "factors");
        this.passkeys = Objects.requireNonNull(passkeys, "passkeys");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.activity = Objects.requireNonNull(activity, "activity");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AdminDirectory.Listing users(AdminCaller caller, AdminDirectory.Search search, PageRequest request) {
        Objects.requireNonNull(caller, "caller");
        return directory.search(search, request, countLimit, clock.instant());
    }

    @Override
    public Account account(AdminCaller caller, UserId id) {
        Objects.requireNonNull(caller, "caller");
        var now = clock.instant();
        var row = directory.row(id, now).orElseThrow(AdminTargetNotFoundException::new);
        boolean twoStep = factors.find(id).map(TwoStepFactors.Factor::enabled).orElse(false);
        int codesLeft = twoStep ? factors.unusedRecoveryCodes(id).size() : 0;
        var disabled = row.disabled() ? audit.latest(id, AdminActions.DISABLED).orElse(null) : null;
        return new Account(row, twoStep, codesLeft, passkeys.of(id), sessions.unrevokedOf(id, now),
                activity.activity(id, new PageRequest(0, ACTIVITY_ROWS)), disabled);
    }

    @Override
    public Page<AdminAudit.Entry> audit(AdminCaller caller, AdminAudit.Filter filter, PageRequest request) {
        Objects.requireNonNull(caller, "caller");
        return audit.search(filter, request);
    }

    @Override
    public void auditEach(AdminCaller caller, AdminAudit.Filter filter, Consumer<AdminAudit.Entry> sink) {
        Objects.requireNonNull(caller, "caller");
        // One transaction, so the database hands the rows over through a cursor instead of all at once.
        unitOfWork.inTransaction(() -> audit.forEach(filter, sink));
    }
}
