package app.journal.application.testing;

import app.journal.application.port.out.Users;

class InMemoryUsersContractTest extends UsersContract {

    @Override
    protected Users users() {
        return new InMemoryUsers();
    }
}
