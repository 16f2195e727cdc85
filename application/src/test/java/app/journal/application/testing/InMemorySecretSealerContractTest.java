package app.journal.application.testing;

import app.journal.application.port.out.SecretSealer;

class InMemorySecretSealerContractTest extends SecretSealerContract {

    @Override
    protected SecretSealer sealer() {
        return new InMemorySecretSealer();
    }
}
