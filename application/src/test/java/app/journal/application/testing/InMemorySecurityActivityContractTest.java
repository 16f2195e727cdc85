package app.journal.application.testing;

import app.journal.application.port.out.SecurityActivity;
import app.journal.application.port.out.Users;

class InMemorySecurityActivityContractTest extends SecurityActivityContract {

    @Override
    protected SecurityActivity securityActivity() {
        return new InMemorySecurityActivity();
    }

    @Override
    protected Users users() {
        return new InMemoryUsers();
    }
}
