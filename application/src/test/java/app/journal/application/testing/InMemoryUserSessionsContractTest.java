package app.journal.application.testing;

import app.journal.application.port.out.UserSessions;
import app.journal.application.port.out.Users;

class InMemoryUserSessionsContractTest extends UserSessionsContract {

    private final InMemoryUsers users = new InMemoryUsers();

    @Override
    protected UserSessions userSessions() {
        return new InMemoryUserSessions(users);
    }

    @Override
    protected Users users() {
        return users;
    }
}
