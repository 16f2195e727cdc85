package app.journal.application.service.session;

import app.journal.application.port.in.session.StartDemoSession;
import app.journal.application.port.out.Users;
import app.journal.domain.user.DemoUser;
import app.journal.domain.user.User;

public final class StartDemoSessionService implements StartDemoSession {

    private final Users users;
    private final boolean demoEnabled;

    public StartDemoSessionService(Users users, boolean demoEnabled) {
        this.users = users;
        this.demoEnabled = demoEnabled;
    }

    @Override
    public User start() {
        if (!demoEnabled) {
            throw new DemoModeDisabledException();
        }
        return users.findById(DemoUser.ID)
                .orElseThrow(() -> new IllegalStateException(
                        "The demo user " + DemoUser.ID + " is missing: the database was not migrated"));
    }
}
