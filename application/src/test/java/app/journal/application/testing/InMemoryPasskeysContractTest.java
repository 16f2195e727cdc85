package app.journal.application.testing;

import app.journal.application.port.out.Passkeys;
import app.journal.application.port.out.Users;

class InMemoryPasskeysContractTest extends PasskeysContract {

    @Override
    protected Passkeys passkeys() {
        return new InMemoryPasskeys();
    }

    @Override
    protected Users users() {
        return new InMemoryUsers();
    }
}
