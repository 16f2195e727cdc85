package app.journal.application.service.account;

import app.journal.application.port.Page;
import app.journal.application.port.PageRequest;
import app.journal.application.port.in.account.ActivityQueries;
import app.journal.application.port.out.SecurityActivity;
import app.journal.domain.activity.AccountActivity;
import app.journal.domain.user.UserId;
import java.time.Clock;
import app.journal.application.service.ActivitySettings;

/** The activity within the retention window (older rows may wait for the purge; they are not shown). */
public final class ActivityQueryService implements ActivityQueries {

    private final SecurityActivity activity;
    private final ActivitySettings settings;
    private final Clock clock;

    public ActivityQueryService(SecurityActivity activity, ActivitySettings settings, Clock clock) {
        this.activity = activity;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Page<AccountActivity> activity(UserId owner, PageRequest request) {
        return activity.page(owner, clock.instant().minus(settings.retention()), request);
    }
}
