package app.journal.application.testing;

class InMemoryAccountMailOutboxContractTest extends AccountMailOutboxContract {

    @Override
    protected Both outbox() {
        var outbox = new InMemoryAccountMailOutbox(clock);
        return new Both(outbox, outbox);
    }
}
