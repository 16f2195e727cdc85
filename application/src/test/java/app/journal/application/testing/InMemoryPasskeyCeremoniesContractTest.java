package app.journal.application.testing;

import app.journal.application.port.out.PasskeyCeremonies;
import app.journal.application.port.out.Users;

class InMemoryPasskeyCeremoniesContractTest extends PasskeyCeremoniesContract {

    private final InMemoryPasskeyCeremonies store = new InMemoryPasskeyCeremonies();

    @Override
    protected PasskeyCeremonies ceremonies() {
        return store;
    }

    @Override
    protected PasskeyCeremonies otherNode() {
        return store;
    }

    @Override
    protected Users users() {
        return new InMemoryUsers();
    }
}
