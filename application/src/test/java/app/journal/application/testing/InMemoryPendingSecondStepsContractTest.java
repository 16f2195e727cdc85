package app.journal.application.testing;

import app.journal.application.port.out.PendingSecondSteps;
import app.journal.application.port.out.Users;

class InMemoryPendingSecondStepsContractTest extends PendingSecondStepsContract {

    @Override
    protected PendingSecondSteps pending() {
        return new InMemoryPendingSecondSteps();
    }

    @Override
    protected Users users() {
        return new InMemoryUsers();
    }
}
