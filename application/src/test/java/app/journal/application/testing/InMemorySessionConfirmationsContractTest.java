package app.journal.application.testing;

import app.journal.application.port.out.SessionConfirmations;
import app.journal.application.port.out.UserSessions;
import app.journal.application.port.out.Users;

class InMemorySessionConfirmationsContractTest extends SessionConfirmationsContract {

    private final InMemoryUsers users = new InMemoryUsers();

    @Override
    protected SessionConfirmations confirmations(UserSessions sessions) {
        return new InMemorySessionConfirmations(sessions);
    }

    @Override
    protected UserSessions userSessions() {
        return new InMemoryUserSessions(users);
    }

    @Override
    protected Users users() {
        return users;
    }
}
