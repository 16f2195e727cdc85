package app.journal.application.testing;

import app.journal.application.port.out.TwoStepFactors;
import app.journal.application.port.out.Users;

class InMemoryTwoStepFactorsContractTest extends TwoStepFactorsContract {

    @Override
    protected TwoStepFactors factors() {
        return new InMemoryTwoStepFactors();
    }

    @Override
    protected Users users() {
        return new InMemoryUsers();
    }
}
