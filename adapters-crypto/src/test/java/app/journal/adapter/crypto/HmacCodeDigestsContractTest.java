package app.journal.adapter.crypto;

import app.journal.application.port.out.CodeDigests;
import app.journal.application.testing.CodeDigestsContract;

class HmacCodeDigestsContractTest extends CodeDigestsContract {

    @Override
    protected CodeDigests digests() {
        return new HmacCodeDigests(MfaKey.of(AesGcmSecretSealerTest.random(32)));
    }
}
