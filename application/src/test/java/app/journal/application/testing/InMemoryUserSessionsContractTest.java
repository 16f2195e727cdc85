package app.journal.application.testing;

import app.journal.application.port.out.UserSessions;
import app.journal.application.port.out.Users;

class InMemoryUserSessionsContractTest extends UserSessionsContract {

    @Override
    protected UserSessions userSessions() {
        return new InMemoryUserSessions();
    }

    @Override
    protected Users users() {
        return new InMemoryUsers();
    }
}
