package app.journal.application.testing;

import app.journal.application.port.out.AccountTokens;
import app.journal.application.port.out.Users;

class InMemoryAccountTokensContractTest extends AccountTokensContract {

    @Override
    protected AccountTokens tokens() {
        return new InMemoryAccountTokens();
    }

    @Override
    protected Users users() {
        return new InMemoryUsers();
    }
}
