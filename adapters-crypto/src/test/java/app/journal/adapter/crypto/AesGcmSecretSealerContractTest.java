package app.journal.adapter.crypto;

import app.journal.application.port.out.SecretSealer;
import app.journal.application.testing.SecretSealerContract;

class AesGcmSecretSealerContractTest extends SecretSealerContract {

    @Override
    protected SecretSealer sealer() {
        return new AesGcmSecretSealer(MfaKey.of(AesGcmSecretSealerTest.random(32)));
    }
}
