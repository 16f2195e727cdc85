package app.journal.application.testing;

import app.journal.application.port.out.CodeDigests;

class FakeCodeDigestsContractTest extends CodeDigestsContract {

    @Override
    protected CodeDigests digests() {
        return new FakeCodeDigests();
    }
}
