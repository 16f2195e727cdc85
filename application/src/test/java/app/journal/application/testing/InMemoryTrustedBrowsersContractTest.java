package app.journal.application.testing;

import app.journal.application.port.out.TrustedBrowsers;
import app.journal.application.port.out.Users;

class InMemoryTrustedBrowsersContractTest extends TrustedBrowsersContract {

    @Override
    protected TrustedBrowsers browsers() {
        return new InMemoryTrustedBrowsers();
    }

    @Override
    protected Users users() {
        return new InMemoryUsers();
    }
}
